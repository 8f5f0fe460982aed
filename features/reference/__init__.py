"""The agency's reference data as compact fitted lookups: control list, country groups, screening list."""

from features.reference.tables import (
    ControlList,
    CountryGroups,
    ListedParty,
    ReferenceTables,
    default_reference_dir,
    load_reference,
)

__all__ = [
    "ControlList",
    "CountryGroups",
    "ListedParty",
    "ReferenceTables",
    "default_reference_dir",
    "load_reference",
]
