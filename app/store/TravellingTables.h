#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The records the bureau and its workstations exchange, and how each one is found on the other side, where local
// ids mean nothing: by its uid, its code, or its parent's uid and its own key — the same global key the change
// log records (ChangeTracking). Columns that hold another record's local id travel as that record's global key,
// with a second key to fall back on (a hospital's code, a patient's IIN: "patients are matched by IIN").
//
// Reference lists travel from the bureau only (Down): at a workstation they are the bureau's. A clinic's work —
// patients, referrals with their events and documents, problem reports — travels both ways (Both): the clinic
// sends what it did, the bureau answers with what became of it. Bed reports only go up (Up).
struct TravellingTable
{
    enum class Direction { Down, Up, Both };

    QString name;
    Direction direction = Direction::Down;
    // The columns that find a record: {"uid"}, {"code"}, {"day"}, or a parent's id column and the record's own
    // key columns, in the order the change log's key joins them with '/'.
    QStringList identity;
    // Columns holding another travelling record's local id → that record's table.
    QHash<QString, QString> references;
    // Another key that finds the same record when its uid is not known here (patient: iin).
    QStringList naturalKey;
    // Columns recomputed where the record arrives (sort keys, the planner's values): never sent.
    QStringList derived;
    // A record that belongs to another (a referral's event): the column holding the owner's id.
    QString ownerColumn;

    bool isComposite() const { return !references.value(identity.value(0)).isEmpty(); }
    bool travelsUp() const { return direction != Direction::Down; }
    bool travelsDown() const { return direction != Direction::Up; }
    QString ownerTable() const { return references.value(ownerColumn); }
};

namespace TravellingTables {
// In the order they are applied: a record's parents before it.
const QList<TravellingTable>& all();
const TravellingTable* find(const QString& name);
int rank(const QString& name);
// Columns never sent: local ids and the bookkeeping each side keeps for itself.
const QStringList& localColumns();
} // namespace TravellingTables
