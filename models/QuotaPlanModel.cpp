#include "QuotaPlanModel.h"

#include "ModelRoles.h"
#include "ReferenceNames.h"
#include "domain/OperationError.h"
#include "services/QuotaService.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

QuotaPlanModel::QuotaPlanModel(QuotaService& service, const ReferenceNames& names, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_names(names)
{
    auto repaint = [this] {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        if (!m_plans.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    };
    connect(&names, &ReferenceNames::languageChanged, this, repaint);
    connect(&names, &ReferenceNames::namesChanged, this, repaint);
}

void QuotaPlanModel::show(int year, const QString& profileCode)
{
    beginResetModel();
    m_year = year;
    m_profile = profileCode;
    m_plans = profileCode.isEmpty() ? QList<QuotaPlan>() : m_service.regionPlans(year, profileCode);
    endResetModel();
}

int QuotaPlanModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_plans.size());
}

int QuotaPlanModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int QuotaPlanModel::totalAllocated() const
{
    int sum = 0;
    for (const QuotaPlan& p : m_plans)
        sum += p.allocated;
    return sum;
}

int QuotaPlanModel::totalUsed() const
{
    int sum = 0;
    for (const QuotaPlan& p : m_plans)
        sum += p.used;
    return sum;
}

QVariant QuotaPlanModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_plans.size())
        return {};
    const QuotaPlan& p = m_plans.at(index.row());
    auto number = [&](int column) -> int {
        switch (column) {
        case Population:
            return p.population;
        case PopulationYear:
            return p.populationYear;
        case Allocated:
            return p.allocated;
        case Used:
            return p.used;
        case Remaining:
            return p.remaining();
        default:
            return 0;
        }
    };
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Region)
            return m_names.regionName(p.regionCode);
        if (index.column() == Population)
            return QLocale().toString(p.population);
        if (index.column() == PopulationYear)
            return p.populationYear > 0 ? QVariant(p.populationYear) : QVariant(QStringLiteral("—"));
        return number(index.column());
    case Qt::EditRole:
        if (index.column() == Region)
            return p.regionCode;
        return number(index.column());
    case ModelRoles::SortRole:
        if (index.column() == Region)
            return m_names.regionName(p.regionCode);
        return number(index.column());
    case ModelRoles::CodeRole:
        return index.column() == Region ? QVariant(p.regionCode) : QVariant();
    case ModelRoles::MissingRole:
        return index.column() == Allocated && p.id == 0;
    case Qt::TextAlignmentRole:
        if (index.column() != Region)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Remaining && p.allocated > 0 && p.remaining() <= 0)
            return QBrush(QColor(0xa0, 0x20, 0x20));
        if (index.column() == Allocated && p.id == 0)
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    case Qt::FontRole:
        if (index.column() == Remaining && p.allocated > 0 && p.remaining() <= 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Allocated)
            return p.id == 0 ? tr("No plan entered for this region yet. Type the number of quotas to enter one.")
                             : tr("Type a new number of quotas to change the plan; the change is saved at once and "
                                  "kept in the plan's history.");
        if (index.column() == Used)
            return tr("Referrals funded by this quota that are waiting, scheduled, in hospital or discharged. "
                      "Cancelled and refused referrals give their quota back.");
        if (index.column() == Population || index.column() == PopulationYear)
            return tr("The population estimate the split by population uses, and its year. Type a new figure to "
                      "change it.");
        return {};
    default:
        return {};
    }
}

QVariant QuotaPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Region:
        return tr("Region");
    case Population:
        return tr("Population");
    case PopulationYear:
        return tr("Estimate of");
    case Allocated:
        return tr("Allocated");
    case Used:
        return tr("Used");
    case Remaining:
        return tr("Remaining");
    }
    return {};
}

Qt::ItemFlags QuotaPlanModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() &&
        (index.column() == Allocated || index.column() == Population || index.column() == PopulationYear))
        f |= Qt::ItemIsEditable;
    return f;
}

bool QuotaPlanModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_plans.size())
        return false;
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok) {
        emit editRejected(tr("Type a whole number."));
        return false;
    }
    QuotaPlan& p = m_plans[index.row()];
    try {
        switch (index.column()) {
        case Allocated: {
            const QuotaPlan saved = m_service.setAllocated(m_year, p.regionCode, m_profile, number, p.note);
            p.id = saved.id;
            p.uid = saved.uid;
            p.allocated = saved.allocated;
            p.used = saved.used;
            break;
        }
        case Population:
        case PopulationYear: {
            const ::Region region =
                m_service.setPopulation(p.regionCode, index.column() == Population ? number : p.population,
                                        index.column() == PopulationYear ? number : p.populationYear);
            p.population = region.population;
            p.populationYear = region.populationYear;
            break;
        }
        default:
            return false;
        }
    } catch (const OperationError& e) {
        emit editRejected(e.message());
        return false;
    }
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

bool QuotaPlanModel::allocate(int total)
{
    try {
        const QList<QuotaPlan> plans = m_service.allocate(m_year, m_profile, total);
        beginResetModel();
        m_plans = plans;
        endResetModel();
        return true;
    } catch (const OperationError& e) {
        emit editRejected(e.message());
        return false;
    }
}
