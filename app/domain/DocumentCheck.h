#pragma once

#include "DocumentType.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

// What the patient has of the required documents, and whether each will still be valid on the planned
// admission day. A hospital may refuse a patient without the full package, so the clerk sees this
// before the date, not at the hospital door.
struct DocumentRecord
{
    QString code;
    bool present = false;
    QDate issuedOn;
    QString note;
};

class DocumentCheck
{
    Q_DECLARE_TR_FUNCTIONS(DocumentCheck)

public:
    enum class State { Valid, Missing, ExpiresBeforeAdmission, NoIssueDate, Optional };

    struct Line
    {
        DocumentType type;
        DocumentRecord record;
        State state = State::Missing;
        QDate validUntil; // last day it is valid (issued + validity − 1); invalid when it does not expire
        QString text() const;
    };

    // onDay: the planned admission day (today when there is none yet).
    static QList<Line> evaluate(const QList<DocumentType>& types, const QList<DocumentRecord>& records,
                                const QDate& onDay);
    // Lines that stop a hospitalization unless the clerk overrides them.
    static QList<Line> problems(const QList<Line>& lines);
    static QString stateLabel(State state);
};
