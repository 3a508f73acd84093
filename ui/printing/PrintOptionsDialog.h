#pragma once

#include "documents/PrintSetup.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;

// What the clerk chooses before a printout is made: A4 or A5, portrait or landscape, the margins, the
// language the printout speaks (whatever the interface speaks), and for a queue list the public or the
// internal version. The choice is remembered per kind of printout, so tickets can stay on A5 while lists
// go on A4 in landscape.
class PrintOptionsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Options
    {
        PrintSetup setup;
        bool publicVersion = false;
    };
    struct Request
    {
        QString kind;       // settings key: "ticket", "queue", "list", …
        QString title;      // the window title: what is printed
        QString acceptText; // the button that goes on: "Preview…", "Save as PDF…"
        bool offersVersion = false;
        // Preselects the version (the waiting list's "Public list…" button); unset: the remembered one, or
        // the public one when nothing is remembered (the safer of the two to hand out by mistake).
        std::optional<bool> publicVersion;
        QPageLayout::Orientation orientation = QPageLayout::Portrait; // when nothing is remembered yet
    };

    PrintOptionsDialog(const Request& request, const Options& initial, QWidget* parent = nullptr);
    Options options() const;

    // Shows the dialog with the remembered choice (or takes a test's answer) and remembers what was
    // chosen; empty when the clerk cancelled.
    static std::optional<Options> ask(QWidget* parent, const Request& request);
    static Options remembered(const Request& request);
    static void remember(const QString& kind, const Options& options);
    // Tests: the next ask() does not show the dialog and returns this (an empty answer: cancelled).
    static void setNextAnswer(std::optional<Options> answer);

private:
    void paperChanged();

    QComboBox* m_paper;
    QComboBox* m_orientation;
    QDoubleSpinBox* m_margins;
    QComboBox* m_language;
    QComboBox* m_version = nullptr;
    double m_lastDefaultMargin;
};
