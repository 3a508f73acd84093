#pragma once

#include "PageFrame.h"
#include "PagedDocument.h"
#include "QrCode.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <utility>

// The referral ticket a clerk hands the patient: the code large and as a QR code, who, what and where,
// the place in the queue and the preliminary date as of printing, the documents to bring, the regional
// bureau's telephone, and lines to sign. Laid out in blocks that flow down the page and keep together;
// on A5 every size shrinks in proportion so the ticket stays on one sheet.
//
// The content arrives fully worded in the printout's language (TicketPrintout words it); this class only
// lays it out.
class TicketDocument : public PagedDocument
{
public:
    struct Field
    {
        QString label;
        QString value;
        QString note;          // a smaller line under the value
        bool emphasis = false; // the value in large bold type (the preliminary date)
    };
    struct Section
    {
        QString title;
        QList<Field> fields;
        bool highlighted = false; // on a tinted panel (the queue)
    };
    struct Content
    {
        QString heading;   // "Referral ticket for planned hospitalization"
        QString codeLabel; // "Hospitalization code"
        QString code;
        QString codeNote; // what the code is for
        QList<Section> sections;
        QString documentsTitle;
        QList<std::pair<QString, QString>> documents; // name, how long it stays valid
        QString documentsNote;
        QString issuedBy;
        QString receivedBy;
        QString signatureCaption;
        QString stamp;
    };

    // Throws OperationError when the code cannot be put in a QR code.
    TicketDocument(PageFrame frame, Content content, QString title);

    QString title() const override { return m_title; }
    const Content& content() const { return m_content; }

protected:
    int layOut(const QSizeF& area) override;
    void drawPage(QPainter& painter, int page) const override;

private:
    struct Block
    {
        double height = 0;
        std::function<void(QPainter&, double top)> paint;
    };
    struct Placed
    {
        int block;
        double top;
    };

    void buildBlocks(double width);
    Block headingBlock(double width) const;
    Block codeBlock(double width) const;
    Block sectionBlock(const Section& section, double width) const;
    Block documentsBlock(double width) const;
    Block signatureBlock(double width) const;
    double s(double value) const { return value * m_scale; } // scaled for the paper

    PageFrame m_frame;
    Content m_content;
    QString m_title;
    QrCode m_qr;

    QSizeF m_area;
    double m_scale = 1.0;
    double m_labelWidth = 0; // one label column for every section, so all values line up
    QList<Block> m_blocks;
    QList<QList<Placed>> m_pages;
};
