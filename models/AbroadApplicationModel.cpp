#include "AbroadApplicationModel.h"

#include "ModelRoles.h"
#include "ReferenceNames.h"
#include "domain/DisplayFormat.h"
#include "domain/OperationError.h"
#include "services/AbroadService.h"
#include "services/PatientService.h"

#include <QBrush>
#include <QColor>

AbroadApplicationModel::AbroadApplicationModel(AbroadService& abroad, PatientService& patients,
                                               const ReferenceNames& names, QObject* parent)
    : QAbstractTableModel(parent)
    , m_abroad(abroad)
    , m_patients(patients)
    , m_names(names)
{
    reload();
    auto repaint = [this] {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    };
    connect(&names, &ReferenceNames::languageChanged, this, repaint);
}

void AbroadApplicationModel::setStatusFilter(const std::optional<AbroadStatus>& status)
{
    m_status = status;
    reload();
}

void AbroadApplicationModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_diseases.clear();
    m_categories.clear();
    for (const EligibleEntry& e : m_abroad.list(EligibleList::Diseases))
        m_diseases.insert(e.code, {e.nameKk, e.nameRu, e.nameEn});
    for (const EligibleEntry& e : m_abroad.list(EligibleList::Categories))
        m_categories.insert(e.code, {e.nameKk, e.nameRu, e.nameEn});
    try {
        for (const AbroadApplication& a : m_abroad.applications(m_status)) {
            Row row{a, {}, {}};
            if (const std::optional<::Patient> p = m_patients.find(a.patientId)) {
                row.patientName = p->fullName();
                row.iin = p->iin;
            }
            m_rows << row;
        }
    } catch (const OperationError&) {
        // Applications name patients: a role without patient data sees none (the window hides the page too).
        m_rows.clear();
    }
    endResetModel();
}

int AbroadApplicationModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).application.id == id)
            return row;
    }
    return -1;
}

int AbroadApplicationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AbroadApplicationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AbroadApplicationModel::entryName(bool disease, const QString& code) const
{
    const QHash<QString, QStringList>& names = disease ? m_diseases : m_categories;
    const auto it = names.constFind(code);
    if (it == names.constEnd())
        return code;
    return Languages::pick(m_names.language(), it->value(0), it->value(1), it->value(2));
}

QVariant AbroadApplicationModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const AbroadApplication& a = row.application;
    auto decisionText = [&]() -> QString {
        if (!a.isDecided())
            return {};
        const QString what = a.decision == QLatin1String("approved") ? tr("Approved") : tr("Rejected");
        return tr("%1 on %2, protocol %3").arg(what, DisplayFormat::date(a.decisionDate), a.decisionProtocol);
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number:
            return a.id;
        case Registered:
            return DisplayFormat::date(a.createdAt.date());
        case Patient:
            return row.patientName;
        case Iin:
            return row.iin;
        case Diagnosis:
            return QStringLiteral("%1 %2").arg(a.diagnosisCode, a.diagnosisName);
        case Disease:
            return entryName(true, a.diseaseCode);
        case Category:
            return entryName(false, a.categoryCode);
        case Country:
            return a.clinic.isEmpty() ? a.country : QStringLiteral("%1, %2").arg(a.country, a.clinic);
        case Status:
            return AbroadStatuses::label(a.status);
        case Decision:
            return decisionText();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Decision && !a.decisionReason.isEmpty())
            return a.decisionReason;
        if (index.column() == Disease || index.column() == Category || index.column() == Diagnosis)
            return data(index, Qt::DisplayRole);
        return {};
    case ModelRoles::SortRole:
        if (index.column() == Number)
            return a.id;
        if (index.column() == Registered)
            return a.createdAt;
        if (index.column() == Status)
            return int(a.status);
        return data(index, Qt::DisplayRole);
    case ModelRoles::CodeRole:
        if (index.column() == Status)
            return AbroadStatuses::code(a.status);
        if (index.column() == Disease)
            return a.diseaseCode;
        if (index.column() == Category)
            return a.categoryCode;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Status && a.status == AbroadStatus::Rejected)
            return QBrush(QColor(0xa0, 0x20, 0x20));
        if (index.column() == Status && a.status == AbroadStatus::Approved)
            return QBrush(QColor(0x1e, 0x6b, 0x2e));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Number)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant AbroadApplicationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("No.");
    case Registered:
        return tr("Registered");
    case Patient:
        return tr("Patient");
    case Iin:
        return tr("IIN");
    case Diagnosis:
        return tr("Diagnosis");
    case Disease:
        return tr("Disease from the list");
    case Category:
        return tr("Category of citizens");
    case Country:
        return tr("Country and clinic");
    case Status:
        return tr("Status");
    case Decision:
        return tr("Commission's decision");
    }
    return {};
}
