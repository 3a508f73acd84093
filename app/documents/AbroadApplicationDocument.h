#pragma once

#include "PageFrame.h"
#include "PagedDocument.h"

#include <QList>
#include <QStringList>

#include <functional>

// The printed application for treatment abroad: a heading, a panel with the application's number, date and
// status, the patient, the diagnosis and the grounds, the documents handed in, the commission's decision on
// a tinted panel, the history, and lines to sign. It looks like the referral ticket (same type, colours and
// section titles) and, unlike the ticket, runs onto as many pages as a long history needs: sections break
// between their lines, tables between their rows with the column header repeated on the next page, and a
// title never stays alone at the foot of a page.
//
// The content arrives fully worded in the printout's language (AbroadApplicationPrintout words it); this
// class only lays it out.
class AbroadApplicationDocument : public PagedDocument
{
public:
    struct Field
    {
        QString label;
        QString value;
        bool emphasis = false; // the value in large bold type (the decision)
    };
    struct Section
    {
        QString title;
        QList<Field> fields;
        QString emptyText;        // instead of the fields when there are none
        bool highlighted = false; // on a tinted panel (the decision)
    };
    struct Column
    {
        QString title;
        double stretch = 0; // 0: as wide as its widest cell; else its share of the width left over
        Qt::Alignment alignment = Qt::AlignLeft;
    };
    struct Table
    {
        QString title;
        QList<Column> columns;
        QList<QStringList> rows;
        QString emptyText; // instead of the table when it has no rows
    };
    struct Content
    {
        QString heading;     // "Application for treatment abroad at the expense of the budget"
        QString numberLabel; // "Application No."
        QString number;
        QList<Field> summary; // beside the number: registered, status
        Section patient;
        Section grounds;
        Table documents;
        Section decision;
        Table history;
        QString warning; // the lists are still the starter list; may be empty
        QString signedBy;
        QString receivedBy;
        QString signatureCaption;
        QString stamp;
        QString printedBy;
    };

    AbroadApplicationDocument(PageFrame frame, Content content, QString title);

    QString title() const override { return m_title; }
    const Content& content() const { return m_content; }

protected:
    int layOut(const QSizeF& area) override;
    void drawPage(QPainter& painter, int page) const override;

private:
    // A piece of the flow: a heading, a panel, one line of a section, one row of a table. Pages break only
    // between pieces.
    struct Block
    {
        double height = 0;
        std::function<void(QPainter&, double top)> paint;
        double spaceAfter = 0;
        bool keepWithNext = false; // titles and column headers go to the next page with what follows them
        int repeatHeader = -1;     // a table row: the block of its column header, repeated atop a new page
    };
    struct Placed
    {
        int block;
        double top;
    };

    void buildBlocks(double width);
    void addHeading(double width);
    void addSummary(double width);
    void addSection(const Section& section, double width);
    void addTable(const Table& table, double width);
    void addClosing(double width);
    double s(double value) const { return value * m_scale; } // scaled for the paper

    PageFrame m_frame;
    Content m_content;
    QString m_title;

    QSizeF m_area;
    double m_scale = 1.0;
    double m_labelWidth = 0; // one label column for every section, so all values line up
    QList<Block> m_blocks;
    QList<QList<Placed>> m_pages;
};
