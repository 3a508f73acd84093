#pragma once

#include "AbroadStatus.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Which status of an application for treatment abroad may follow which: a draft is submitted to the
// commission or withdrawn; the commission approves or rejects a submitted application (only through its
// decision, with date and protocol); an approved patient is treated or withdraws. Rejected, withdrawn and
// treated applications are closed: a new application is filed instead.
class AbroadLifecycle
{
    Q_DECLARE_TR_FUNCTIONS(AbroadLifecycle)

public:
    static bool isAllowed(AbroadStatus from, AbroadStatus to);
    // Empty when allowed; otherwise a sentence saying why not and what is possible instead.
    static QString whyNot(AbroadStatus from, AbroadStatus to);
    static QList<AbroadStatus> nextStatuses(AbroadStatus from);
    // Approval and rejection are the commission's decision, recorded with its date and protocol.
    static bool isDecision(AbroadStatus to) { return to == AbroadStatus::Approved || to == AbroadStatus::Rejected; }
};
