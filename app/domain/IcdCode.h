#pragma once

#include <QCoreApplication>
#include <QString>

// An ICD-10 (МКБ-10 / АХЖ-10) diagnosis code: a Latin letter, two digits, and an optional subdivision
// after a dot (I25, I25.1, M17.11).
class IcdCode
{
    Q_DECLARE_TR_FUNCTIONS(IcdCode)

public:
    // Upper case, Cyrillic look-alikes typed by mistake turned into Latin (А→A, С→C, …), comma → dot.
    static QString normalize(const QString& text);
    static bool isValid(const QString& normalized);
    static QString problemText(const QString& text);
};
