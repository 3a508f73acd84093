#include "PatientTableModel.h"

#include "ReferenceNames.h"
#include "domain/CareTerms.h"
#include "domain/DisplayFormat.h"
#include "domain/PhoneNumber.h"
#include "store/Listings.h"

PatientTableModel::PatientTableModel(const DatabaseLocation& location, const ReferenceNames& names, QObject* parent)
    : LazyTableModel(location, Listings::patients(), {}, parent)
    , m_names(names)
{
    auto repaint = [this] {
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    };
    connect(&names, &ReferenceNames::languageChanged, this, repaint);
    connect(&names, &ReferenceNames::namesChanged, this, repaint);
}

QString PatientTableModel::columnTitle(int column) const
{
    switch (column) {
    case Iin:
        return tr("IIN");
    case Name:
        return tr("Full name");
    case BirthDate:
        return tr("Birth date");
    case Sex:
        return tr("Sex");
    case Phone:
        return tr("Phone");
    case Region:
        return tr("Region");
    case Clinic:
        return tr("Attached clinic");
    case Insured:
        return tr("OSMS insured");
    }
    return {};
}

QVariant PatientTableModel::cellData(const ListingRow& row, int column, int role) const
{
    const QVariant value = row.values.value(column);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case BirthDate:
            return DisplayFormat::dateFromStored(value.toString());
        case Sex:
            return CareTerms::sexLabel(value.toString());
        case Phone:
            return PhoneNumber::display(value.toString());
        case Region:
            return value.isNull() ? QString() : m_names.regionName(value.toString());
        case Insured:
            return CareTerms::yesNo(value.toInt() != 0);
        default:
            return value;
        }
    }
    if (role == Qt::TextAlignmentRole && (column == Iin || column == BirthDate))
        return int(Qt::AlignVCenter | Qt::AlignLeft);
    return {};
}
