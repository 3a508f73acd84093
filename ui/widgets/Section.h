#pragma once

#include "printing/DocumentPrinter.h"

#include <QIcon>
#include <QString>

#include <optional>

class QAbstractItemView;
class QWidget;

// One page of the main window, as the main window and File → Print know it. The window lists its
// sections in one place and reaches each only through this: its name and icon in the list of sections
// (their order there gives Ctrl+1…9), the table Ctrl+0 moves the focus to, what it prints, and the one
// refresh() a change of data reaches it by. Adding a page is writing its class and adding it to that
// list; nothing else has to learn its name.
class Section
{
public:
    virtual ~Section() = default;

    // The page itself, for the window's stack.
    virtual QWidget* sectionWidget() = 0;
    // Its name in the list of sections, in the interface language.
    virtual QString sectionTitle() const = 0;
    virtual QIcon sectionIcon() const = 0;
    // A short Latin name that never changes with the language: screenshots, remembered settings.
    virtual QString sectionKey() const = 0;
    // The table the clerk works in on this page ("pass to the list", Ctrl+0).
    virtual QAbstractItemView* mainTable() const = 0;
    // Reads again what the page shows after the data changed.
    virtual void refresh() = 0;
    // What File → Print… and Save as PDF… print for this page, as filtered and sorted on screen; none when
    // the page has no printable version.
    virtual std::optional<DocumentPrinter::Job> printJob() const { return std::nullopt; }
};
