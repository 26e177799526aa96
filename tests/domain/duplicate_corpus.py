"""Labelled pairs of client records for duplicate detection: (new, existing) that are the same
person (positives) or different people (negatives). Names as case managers write them.

Each record is (first name, last name, birth date or None, gender or None). TUNING was used while
the rules and thresholds were set; HOLDOUT was written afterwards and its results were not used to
change anything (its one miss, Kowalczyk/Kowalski, stays), so its figures are the honest ones.
"""

from __future__ import annotations

from datetime import date

from kim_desktop.domain.catalogues import Gender

Record = tuple[str, str, date | None, Gender | None]
Pair = tuple[Record, Record]

F, M = Gender.FEMALE, Gender.MALE
D1 = date(1988, 3, 14)
D2 = date(1975, 11, 2)
D3 = date(2016, 7, 23)
NEW_YEAR = date(1990, 1, 1)


def _p(first: str, last: str, born: date | None = D1, gender: Gender | None = None) -> Record:
    return (first, last, born, gender)


TRANSLITERATIONS = [
    ("Mohammad", "Mohammed"), ("Mohammad", "Muhammad"), ("Mohammad", "Mohamed"), ("Mohammad", "Muhamad"),
    ("Mohammed", "Muhammad"), ("Mohamed", "Muhamad"), ("Ahmad", "Ahmed"), ("Hussein", "Husain"),
    ("Hussein", "Hossein"), ("Husain", "Hossein"), ("Yusuf", "Youssef"), ("Yusuf", "Yousef"),
    ("Youssef", "Yousef"), ("Mustafa", "Mostafa"), ("Fatima", "Fatma"), ("Aisha", "Ayse"), ("Aisha", "Aysha"),
    ("Ayşe", "Aysha"), ("Ayşe", "Ayse"),
]

TUNING_POSITIVES: list[Pair] = [
    *[(_p(a, "Ahmadi"), _p(b, "Ahmadi")) for a, b in TRANSLITERATIONS],
    # umlauts and Turkish letters
    (_p("Hans", "Müller"), _p("Hans", "Mueller")),
    (_p("Hans", "Müller"), _p("Hans", "Muller")),
    (_p("Hans", "Mueller"), _p("Hans", "Muller")),
    (_p("Emine", "Özdemir"), _p("Emine", "Oezdemir")),
    (_p("Emine", "Özdemir"), _p("Emine", "Ozdemir")),
    (_p("Emine", "Oezdemir"), _p("Emine", "Ozdemir")),
    (_p("Ayşe", "Yılmaz"), _p("Ayse", "Yilmaz")),
    (_p("Murat", "Şahin"), _p("Murat", "Sahin")),
    (_p("Jürgen", "Schäfer"), _p("Juergen", "Schaefer")),
    # surnames in several transliterations
    (_p("Ali", "Ahmadi"), _p("Ali", "Ahmady")),
    (_p("Zahra", "Hosseini"), _p("Zahra", "Husseini")),
    (_p("Omar", "Al-Hassan"), _p("Omar", "Alhassan")),
    (_p("Omar", "Al-Hassan"), _p("Omar", "El Hassan")),
    (_p("Mahmoud", "Abdul Rahman"), _p("Mahmoud", "Abdulrahman")),
    (_p("Khaled", "Haddad"), _p("Chalid", "Haddad")),
    (_p("Jamal", "Nasser"), _p("Dschamal", "Nasser")),
    (_p("Djamila", "Nasser"), _p("Jamila", "Nasser")),
    (_p("Olena", "Iwanowa"), _p("Olena", "Ivanova")),
    # swapped first and last name
    (_p("Mohammad", "Ahmadi"), _p("Ahmadi", "Mohammad")),
    (_p("Ayşe", "Yılmaz"), _p("Yilmaz", "Ayse")),
    (_p("Nguyen", "Thi Lan"), _p("Thi Lan", "Nguyen")),
    # typing, spacing, case
    (_p("Anna", "Schneider"), _p("Anna", "Schnieder")),
    (_p("Anna", "MÜLLER"), _p("anna", " Müller ")),
    (_p("Mohamad", "Rahimi"), _p("Mohamd", "Rahimi")),
    # a second given name on one side only
    (_p("Mohammad Ali", "Rezaei"), _p("Ali", "Rezaei")),
    (_p("Anna-Lena", "Krüger"), _p("Anna Lena", "Krüger")),
    # birth date missing on one side
    (_p("Fatima", "Haidari", None), _p("Fatma", "Haidari")),
    (_p("Hans", "Müller"), _p("Hans", "Mueller", None)),
    # 1 January, the usual substitute date
    (_p("Ahmad", "Noori", NEW_YEAR), _p("Ahmed", "Nuri", NEW_YEAR)),
    # identical names, genders recorded differently: still the same person
    (_p("Kim", "Nguyen", D2, F), _p("Kim", "Nguyen", D2, M)),
]

TUNING_NEGATIVES: list[Pair] = [
    # different birth date, names identical or alike
    (_p("Mohammad", "Ahmadi", D1), _p("Mohammad", "Ahmadi", D2)),
    (_p("Hans", "Müller", D1), _p("Hans", "Mueller", D3)),
    (_p("Ayşe", "Yılmaz", D1), _p("Ayse", "Yilmaz", date(1988, 3, 15))),
    # same birth date, clearly different names
    (_p("Anna", "Schmidt"), _p("Fatima", "Yilmaz")),
    (_p("Mohammad", "Ahmadi"), _p("Ali", "Rezaei")),
    (_p("Olena", "Kovalenko"), _p("Dmytro", "Shevchenko")),
    # twins: same birth date and last name, different first names
    (_p("Hasan", "Yılmaz"), _p("Hüseyin", "Yılmaz")),
    (_p("Anna", "Müller"), _p("Lena", "Müller")),
    (_p("Leon", "Schmidt"), _p("Leonie", "Schmidt")),
    (_p("Jan", "Kowalski"), _p("Jana", "Kowalski")),
    (_p("Mario", "Rossi"), _p("Maria", "Rossi")),
    (_p("Amir", "Haddad"), _p("Amira", "Haddad")),
    (_p("Mohammad Reza", "Hosseini"), _p("Mohammad Ali", "Hosseini")),
    (_p("Ali", "Rahimi"), _p("Omar", "Rahimi")),
    (_p("Elisabeth", "Wagner"), _p("Isabel", "Wagner")),
    (_p("Sara", "Hofmann", NEW_YEAR), _p("Zahra", "Hofmann", NEW_YEAR)),  # same Kölner code, different names
    # same first name, different families
    (_p("Mohammad", "Ahmadi"), _p("Mohammad", "Rahimi")),
    (_p("Fatima", "Haidari"), _p("Fatima", "Hashemi")),
    # known genders differ and the first names differ
    (_p("Kim", "Nguyen", D2, F), _p("Kimi", "Nguyen", D2, M)),
    # birth date missing and the names only alike
    (_p("Ali", "Hassan", None), _p("Ali", "Hussein")),
]

HOLDOUT_POSITIVES: list[Pair] = [
    (_p("Abdullah", "Karimi"), _p("Abdallah", "Karimi")),
    (_p("Ibrahim", "Mansour"), _p("Ebrahim", "Mansur")),
    (_p("Zainab", "Jafari"), _p("Zeinab", "Jafari")),
    (_p("Mariam", "Sultani"), _p("Maryam", "Soltani")),
    (_p("Omar", "Khatib"), _p("Umar", "Al-Khatib")),
    (_p("Yasmin", "Bakr"), _p("Jasmin", "Bakr")),
    (_p("Hatice", "Demir"), _p("Khadija", "Demir")),
    (_p("Osman", "Güneş"), _p("Usman", "Gunes")),
    (_p("Walid", "Saleh"), _p("Waleed", "Salih")),
    (_p("Nour", "Haddad"), _p("Noor", "Hadad")),
    (_p("Sergej", "Schewtschenko"), _p("Sergey", "Shevchenko")),
    (_p("Oleksandr", "Kowalenko"), _p("Oleksandr", "Kovalenko")),
    (_p("Thi Mai", "Tran"), _p("Tran", "Thi Mai")),
    (_p("Grzegorz", "Wiśniewski"), _p("Grzegorz", "Wisniewski")),
    (_p("Ahmad Shah", "Popal"), _p("Ahmad", "Popal")),
    (_p("Sara", "Abdi"), _p("Sarah", "Abdi")),
    (_p("Reza", "Mohammadi", date(2001, 1, 1)), _p("Reza", "Muhammadi", date(2001, 1, 1))),
    (_p("Ismail", "Haidari"), _p("Esmail", "Heidari")),
    (_p("Christina", "Papadopoulou"), _p("Christina", "Papadopulu")),
    (_p("Amina", "Diallo", None), _p("Amina", "Diallo")),
]

HOLDOUT_NEGATIVES: list[Pair] = [
    (_p("Daniel", "Fischer"), _p("Daniela", "Fischer")),
    (_p("Hamid", "Noori"), _p("Hamed", "Noori", D2)),
    (_p("Said", "Rahmani"), _p("Saida", "Rahmani")),
    (_p("Mehmet", "Kaya"), _p("Mohammad", "Kaya")),
    (_p("Hassan", "Ali"), _p("Hussein", "Ali")),
    (_p("Karim", "Benali"), _p("Karima", "Benali")),
    (_p("Sophie", "Becker"), _p("Lina", "Becker")),
    (_p("Yusuf", "Demir"), _p("Yunus", "Demir")),
    (_p("Ahmad", "Popal"), _p("Mahmoud", "Popal")),
    (_p("Mustafa", "Aziz"), _p("Murtaza", "Aziz")),
    (_p("Ali", "Mohammadi"), _p("Ali", "Ahmadi")),
    (_p("Natalia", "Kowalczyk"), _p("Natalia", "Kowalski")),
    (_p("Aylin", "Yıldız"), _p("Ayla", "Yıldız")),
    (_p("Elif", "Arslan"), _p("Emre", "Arslan")),
    (_p("Omid", "Karimi", None), _p("Amir", "Karimi")),
]
