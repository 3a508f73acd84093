#pragma once

#include "domain/Language.h"

#include <QDialog>

class QTextBrowser;

// Help → User guide (F1): a short guide to the clerk's everyday tasks — register, transfer, print, look up,
// quotas — in the interface language, shipped inside the program (resources/guide), so it is there
// without a network and always matches this version.
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    UserGuideDialog(Language language, QWidget* parent = nullptr);

    // Shows the guide, modeless, so the clerk can follow it while working; one guide window at a time.
    static void showGuide(QWidget* parent, Language language);
    // The guide's HTML in a language (tests).
    static QString html(Language language);

    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser;
};
