#pragma once

#include "PageFrame.h"
#include "PagedDocument.h"

#include <QFont>
#include <QList>
#include <QStringList>

// Every printed list: queue lists, free beds, the contacts directory, the refusal journal and the printable
// version of whatever list is on screen. It paginates rows itself, fast enough for a queue of tens of
// thousands: each row is measured once, rows are placed on pages top to bottom, and a page paints only
// its own rows. Every page repeats the bureau's head, the title and the column header, and ends with
// "Page X of Y" and the time of printing.
//
// Columns that fit take the width their longest cell needs; stretching columns share what is left and
// wrap long texts (names, hospitals, reasons) onto a few lines rather than cutting them.
class TableDocument : public PagedDocument
{
public:
    struct Column
    {
        QString title;
        Qt::Alignment alignment = Qt::AlignLeft; // AlignRight for numbers
        bool stretch = false;                    // shares the width the fitting columns leave
        double weight = 1.0;                     // its share among the stretching columns
    };
    struct Row
    {
        QStringList cells;
        bool section = false; // a group heading across the table (its first cell), e.g. a region
    };
    // One table of the document; a document of several (a search: patients, then referrals) prints them
    // one after the other, each under its own title.
    struct Part
    {
        QString title;
        QList<Column> columns;
        QList<Row> rows;
        QString emptyText; // printed instead of rows when there are none
    };

    TableDocument(PageFrame frame, QString title);

    void setSubtitle(const QStringList& lines) { m_subtitle = lines; } // on every page, under the title
    void setNotes(const QStringList& lines) { m_notes = lines; }       // first page only
    void setClosing(const QStringList& lines) { m_closing = lines; }   // after the last row (totals)
    const QStringList& closing() const { return m_closing; }
    void addPart(Part part);
    const QList<Part>& parts() const { return m_parts; }

    QString title() const override { return m_title; }
    // Body rows (not group headings) on a page of the last layout.
    int rowsOnPage(int page) const;

protected:
    int layOut(const QSizeF& area) override;
    void drawPage(QPainter& painter, int page) const override;

private:
    enum class Kind { PartTitle, ColumnHeader, Body, Section, Empty, Closing };
    struct Item
    {
        Kind kind;
        int part;
        int row;
        double y;
        double height;
    };
    struct Geometry
    {
        // A table too wide for the paper even with its texts wrapped gets smaller type (down to 70 %).
        double scale = 1.0;
        QFont body;
        QFont header;
        double ascent = 0;
        double lineSpacing = 0;
        QList<double> x;
        QList<double> width;
        double headerHeight = 0;
        QList<double> cellWidth; // natural width of every cell, rows × columns
        QList<double> rowHeight;
        QList<bool> stripe;  // shaded rows
        QList<quint8> lines; // lines of every cell, rows × columns (1 for most)
    };

    // Made once: a row of a ten-thousand-row list must not build its fonts again.
    struct Fonts
    {
        QFont title;
        QFont subtitle;
        QFont notes;
        QFont partTitle;
        QFont body; // notes under the table, empty lists
        QFont section;
    };

    double titleBlockHeight(bool firstPage) const;
    void measure(int partIndex, double width, double scale);
    void paintTitleBlock(QPainter& painter, bool firstPage) const;
    void paintItem(QPainter& painter, const Item& item) const;
    void paintRow(QPainter& painter, const Item& item) const;

    PageFrame m_frame;
    Fonts m_fonts;
    QString m_title;
    QStringList m_subtitle;
    QStringList m_notes;
    QStringList m_closing;
    QList<Part> m_parts;

    QSizeF m_area;
    QList<Geometry> m_geometry; // one per part
    QList<Item> m_items;
    QList<int> m_pageStart; // first item of every page
    double m_closingHeight = 0;
};
