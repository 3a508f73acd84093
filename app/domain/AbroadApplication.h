#pragma once

#include "AbroadStatus.h"

#include <QDate>
#include <QDateTime>
#include <QString>

// An application for treatment abroad at the expense of the budget: the patient, the diagnosis, the
// disease and the category of citizens that make them eligible, where they are to be treated, and the
// commission's decision.
struct AbroadApplication
{
    qint64 id = 0;
    QString uid;
    qint64 patientId = 0;
    QString diagnosisCode;
    QString diagnosisName;
    QString diseaseCode;  // from the eligible diseases
    QString categoryCode; // from the eligible categories of citizens
    QString country;
    QString clinic;
    AbroadStatus status = AbroadStatus::Draft;
    QString decision; // approved / rejected; empty until the commission decides
    QDate decisionDate;
    QString decisionProtocol;
    QString decisionReason;
    QString notes;
    QDateTime createdAt;

    bool isDecided() const { return !decision.isEmpty(); }
};

// One step in an application's life, as recorded.
struct AbroadEvent
{
    qint64 id = 0;
    QDateTime happenedAt;
    QString actor;
    QString fromStatus; // empty for the first event
    QString toStatus;
    QString reason;
    QString detail;
};

// A document the patient handed in with the application.
struct AbroadDocument
{
    qint64 id = 0;
    QString title;
    QDate receivedOn;
    QString note;
};
