"""Three vaults converge: a case manager exports to two coordinators, who import the packages in
different orders and replicate to each other; both end with the same records, the same conflict
log and the same receipts, and the case manager learns what arrived.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from kim_desktop.services.demo_data import fill_demo_data
from kim_desktop.storage.consultation_tables import Client, Consultation
from kim_desktop.storage.master_data_tables import CatalogueEntry
from kim_desktop.sync import export, package, streams
from kim_desktop.sync.importer import IMPORTED
from kim_desktop.sync.status import own_export_status
from tests.sync import helpers
from tests.sync.helpers import (
    add_case,
    add_client,
    add_consultation,
    change,
    conflict_versions,
    edit_agency,
    import_all,
    received,
    registered_rows,
    tombstone,
)


def _replication(vault: helpers.Vault, out: Path) -> Path:
    results = export.export_from_coordinator(vault, helpers.shipped_deployment(), out)
    return next(r.path for r in results if r.kind == package.REPLICATION)


def test_two_coordinators_and_a_case_manager_converge(tmp_path: Path) -> None:
    deployment = helpers.shipped_deployment()
    cm = helpers.new_case_manager(tmp_path / "cm.kimvault")
    a = helpers.new_coordinator(tmp_path / "a.kimvault", "Koordination A")
    b = helpers.new_coordinator(tmp_path / "b.kimvault", "Koordination B")
    try:
        helpers.introduce(cm, a)
        helpers.introduce(cm, b)
        helpers.introduce(a, b)
        helpers.introduce(b, a)
        out = tmp_path / "stick"

        fill_demo_data(cm, 120, seed=7, deployment=deployment)
        p1 = export.export_for_kreis(cm, deployment, out).path
        case = add_case(cm, add_client(cm, first_name="Dana"))
        consultation = add_consultation(cm, case, notes="Wohnungssuche")
        p2 = export.export_for_kreis(cm, deployment, out).path
        change(cm, Consultation, consultation, notes="Wohnung gefunden")
        with cm.reader() as session:
            some_client = session.scalars(select(Client.id).where(Client.first_name != "Dana")).first()
        assert some_client is not None
        tombstone(cm, Client, some_client)
        p3 = export.export_for_kreis(cm, deployment, out).path
        # Both coordinators rename the same shipped agency: one record, two versions.
        agency = edit_agency(a, "jobcenter", "Jobcenter Rhein-Sieg")
        edit_agency(b, "jobcenter", "Jobcenter Siegburg")

        first = import_all(a, [p1, p2, p3])
        from_a = _replication(a, tmp_path / "a-out")
        second = import_all(b, [p3, from_a, p1, p2])
        from_b = _replication(b, tmp_path / "b-out")
        third = import_all(a, [from_b])
        assert [o.status for o in first + second + third] == [IMPORTED] * 8, [o.reason for o in second]

        assert registered_rows(a) == registered_rows(b)
        assert received(a, streams.KREIS) == received(b, streams.KREIS)
        assert {entry[3] for entry in received(a, streams.KREIS)} == {1, 2, 3}
        conflicts = conflict_versions(a)
        assert conflicts == conflict_versions(b)
        assert {(c[0], c[1]) for c in conflicts} == {("catalogue_entry", agency)}
        with a.reader() as session:
            assert session.get(Consultation, consultation).notes == "Wohnung gefunden"  # type: ignore[union-attr]
            assert session.get(Client, some_client).deleted  # type: ignore[union-attr]
            label = session.get(CatalogueEntry, agency).label  # type: ignore[union-attr]

        # Again: nothing new either way.
        again = import_all(b, [_replication(a, tmp_path / "a-out-2")])
        assert again[0].status == IMPORTED and again[0].total("new") == again[0].total("updated") == 0

        # B's feedback tells the case manager that packages 1 to 3 arrived, with the master data.
        feedback = [r.path for r in export.export_from_coordinator(b, deployment, tmp_path / "b-fb")
                    if r.kind == package.FEEDBACK]
        [outcome] = import_all(cm, feedback)
        assert outcome.status == IMPORTED, outcome.reason
        with cm.reader() as session:
            status = own_export_status(session, cm.profile.device_id)
            assert session.get(CatalogueEntry, agency).label == label  # type: ignore[union-attr]
        assert (status.last_sequence, status.confirmed_up_to, status.outstanding) == (3, 3, [])
    finally:
        for vault in (cm, a, b):
            vault.close()
