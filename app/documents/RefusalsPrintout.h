#pragma once

#include "domain/Language.h"

#include <QCoreApplication>
#include <QDate>

#include <memory>

class TableDocument;
class Workspace;

// The refusal journal as the hospitals keep it: form 001/у, the journal of admissions and refusals of
// hospitalization, for a period: every admission (planned or emergency) and every refusal, day by day, with
// the columns of the form — date and time, the patient (name, IIN, birth date, address and telephone), who
// referred or brought them, the department (bed profile), the referral's code, the referring diagnosis, the
// outcome, and for a refusal its reason. One hospital's journal, or every hospital's. For the bureau's and
// the hospital's files (it names patients).
class RefusalsPrintout
{
    Q_DECLARE_TR_FUNCTIONS(RefusalsPrintout)

public:
    // Throws OperationError(Invalid) when the period is empty or inverted, NotFound for an unknown hospital.
    static std::unique_ptr<TableDocument> build(Workspace& workspace, const QDate& from, const QDate& to,
                                                Language language, const QString& hospitalCode = {});
};
