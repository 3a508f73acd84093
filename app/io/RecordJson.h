#pragma once

#include "domain/DocumentCheck.h"
#include "domain/Patient.h"
#include "domain/Referral.h"

#include <QJsonObject>

// The JSON form of records, shared by the CLI and exports: its keys are an interface scripts rely on.
namespace RecordJson {
QJsonObject patient(const Patient& patient);
QJsonObject referral(const Referral& referral);
QJsonObject event(const ReferralEvent& event);
QJsonObject document(const DocumentCheck::Line& line);
} // namespace RecordJson
