#pragma once

#include <Qt>

// Roles our in-memory models answer besides Qt's own.
namespace ModelRoles {
enum : int {
    SortRole = Qt::UserRole + 100, // a value that sorts right (ISO date, number); text sorts alphabetically
    CodeRole,                      // the stored code behind a label (region code, profile code)
    MissingRole,                   // true when the cell shows that a value is missing
    ChoicesRole,                   // what an editor offers for the cell: a QVariantList of {code, label} lists
};
} // namespace ModelRoles
