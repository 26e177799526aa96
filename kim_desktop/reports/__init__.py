"""Reports: what the program writes into files the user chooses (PDF, XLSX). No Qt here."""
