#include "ReferralDocumentModel.h"

#include "ModelRoles.h"
#include "domain/DisplayFormat.h"
#include "domain/OperationError.h"

#include <QBrush>
#include <QColor>

ReferralDocumentModel::ReferralDocumentModel(const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{}

void ReferralDocumentModel::setLines(const QList<DocumentCheck::Line>& lines, Language language)
{
    beginResetModel();
    m_lines = lines;
    m_language = language;
    endResetModel();
}

int ReferralDocumentModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ReferralDocumentModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReferralDocumentModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const DocumentCheck::Line& line = m_lines.at(index.row());
    const bool problem = line.state == DocumentCheck::State::Missing ||
                         line.state == DocumentCheck::State::ExpiresBeforeAdmission ||
                         line.state == DocumentCheck::State::NoIssueDate;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Document:
            return line.type.required ? line.type.name(m_language)
                                      : QString(line.type.name(m_language) + QLatin1Char(' ') + tr("(if needed)"));
        case IssuedOn:
            return DisplayFormat::date(line.record.issuedOn);
        case ValidUntil:
            return line.type.expires()
                       ? (line.validUntil.isValid() ? DisplayFormat::date(line.validUntil)
                                                    : tr("%n day(s) from issue", nullptr, line.type.validityDays))
                       : tr("does not expire");
        case State:
            return line.text();
        default:
            return {};
        }
    case Qt::EditRole:
        if (index.column() == IssuedOn)
            return line.record.issuedOn.isValid() ? line.record.issuedOn : m_clock.today();
        return {};
    case Qt::CheckStateRole:
        if (index.column() == Present)
            return line.record.present ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == State && problem)
            return QBrush(QColor(0xa0, 0x20, 0x20));
        if (index.column() == State && line.state == DocumentCheck::State::Valid)
            return QBrush(QColor(0x1a, 0x6b, 0x2f));
        return {};
    case ModelRoles::MissingRole:
        return problem;
    default:
        return {};
    }
}

QVariant ReferralDocumentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Document:
        return tr("Document");
    case Present:
        return tr("Present");
    case IssuedOn:
        return tr("Issued on");
    case ValidUntil:
        return tr("Valid until");
    case State:
        return tr("On the planned day");
    }
    return {};
}

Qt::ItemFlags ReferralDocumentModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || !m_save)
        return f;
    if (index.column() == Present)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == IssuedOn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ReferralDocumentModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !m_save || index.row() >= m_lines.size())
        return false;
    DocumentRecord record = m_lines.at(index.row()).record;
    if (index.column() == Present && role == Qt::CheckStateRole) {
        record.present = Qt::CheckState(value.toInt()) == Qt::Checked;
    } else if (index.column() == IssuedOn && role == Qt::EditRole) {
        record.issuedOn = value.toDate();
        record.present = true; // a date of issue means the patient has it
    } else {
        return false;
    }
    try {
        m_save(record);
    } catch (const OperationError& e) {
        emit saveRejected(e.message());
        return false;
    }
    m_lines[index.row()].record = record;
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit documentSaved();
    return true;
}
