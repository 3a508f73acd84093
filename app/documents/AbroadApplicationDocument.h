#pragma once

#include "domain/AbroadApplication.h"
#include "domain/EligibleEntry.h"
#include "domain/Language.h"
#include "domain/Patient.h"

#include <QCoreApplication>
#include <QList>
#include <QTextDocument>
#include <QTranslator>

#include <memory>

class QIODevice;
class Workspace;

// The printable summary of an application for treatment abroad with the commission's decision: one
// document that feeds the preview, the PDF file and the command line alike. It is written in the language
// asked for, which may differ from the interface's, so its labels are looked up in that language's
// catalogue rather than through the installed translator. The font is DejaVu Sans, which has every Kazakh
// letter, and the PDF embeds it.
class AbroadApplicationDocument
{
    Q_DECLARE_TR_FUNCTIONS(AbroadApplicationDocument)

public:
    // Reads the application and everything it shows. Throws OperationError(NotFound) for an unknown id.
    AbroadApplicationDocument(Workspace& workspace, qint64 applicationId, Language language);
    ~AbroadApplicationDocument();

    QString title() const;
    QString html() const;
    std::unique_ptr<QTextDocument> document() const;
    // Writes the document as an A4 PDF.
    void writePdf(QIODevice* device) const;
    // Writes the PDF to a file that appears only when complete. Throws OperationError(Storage) saying what
    // to do when the file cannot be written.
    void savePdf(const QString& path) const;

    static constexpr const char* fontFamily = "DejaVu Sans";

private:
    // A label in the document's language.
    QString text(const char* source) const;
    QString statusText(AbroadStatus status) const;

    Language m_language;
    QTranslator m_translator;
    bool m_translated = false;
    AbroadApplication m_application;
    Patient m_patient;
    QString m_regionName;
    EligibleEntry m_disease;
    EligibleEntry m_category;
    QList<AbroadDocument> m_documents;
    QList<AbroadEvent> m_history;
    QString m_printedBy;
    QDateTime m_printedAt;
};
