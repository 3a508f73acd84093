#include "DocumentCheck.h"

#include "DisplayFormat.h"

#include <QHash>

QList<DocumentCheck::Line> DocumentCheck::evaluate(const QList<DocumentType>& types,
                                                   const QList<DocumentRecord>& records, const QDate& onDay)
{
    QHash<QString, DocumentRecord> byCode;
    for (const DocumentRecord& r : records)
        byCode.insert(r.code, r);
    QList<Line> lines;
    for (const DocumentType& type : types) {
        // A retired type is asked of nobody; a referral that has it recorded still shows it, as not required.
        if (!type.active && !(byCode.contains(type.code) && byCode.value(type.code).present))
            continue;
        Line line;
        line.type = type;
        if (!type.active)
            line.type.required = false;
        line.record = byCode.value(type.code, DocumentRecord{type.code, false, {}, {}});
        if (!line.record.present) {
            line.state = type.required ? State::Missing : State::Optional;
        } else if (type.expires()) {
            if (!line.record.issuedOn.isValid()) {
                line.state = State::NoIssueDate;
            } else {
                // Issued on day d and valid for n days: the last valid day is d + n − 1.
                line.validUntil = line.record.issuedOn.addDays(type.validityDays - 1);
                line.state = line.validUntil < onDay ? State::ExpiresBeforeAdmission : State::Valid;
            }
        } else {
            line.state = State::Valid;
        }
        lines << line;
    }
    return lines;
}

QList<DocumentCheck::Line> DocumentCheck::problems(const QList<Line>& lines)
{
    QList<Line> result;
    for (const Line& line : lines) {
        if (!line.type.active)
            continue;
        if (line.state == State::Missing || line.state == State::ExpiresBeforeAdmission ||
            (line.state == State::NoIssueDate && line.type.required))
            result << line;
    }
    return result;
}

QString DocumentCheck::stateLabel(State state)
{
    switch (state) {
    case State::Valid:
        return tr("valid");
    case State::Missing:
        return tr("missing");
    case State::ExpiresBeforeAdmission:
        return tr("expires before admission");
    case State::NoIssueDate:
        return tr("no date of issue");
    case State::Optional:
        return tr("not required");
    }
    return {};
}

QString DocumentCheck::Line::text() const
{
    switch (state) {
    case State::Valid:
        return validUntil.isValid() ? tr("valid until %1").arg(DisplayFormat::date(validUntil)) : tr("present");
    case State::Missing:
        return tr("missing");
    case State::ExpiresBeforeAdmission:
        return tr("valid only until %1, before the admission day").arg(DisplayFormat::date(validUntil));
    case State::NoIssueDate:
        return tr("present, but the date of issue is not recorded");
    case State::Optional:
        return tr("not required");
    }
    return {};
}
