#include "widgets/AccessibleNames.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QCalendarWidget>
#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintPreviewWidget>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QTextEdit>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QWidget>

namespace {
// Marks what this class set, so a change of language renames it while names set by code stay.
const char* const autoName = "joldamaAutoName";
const char* const autoDescription = "joldamaAutoDescription";

QString plain(QString text)
{
    // "&Last name:" → "Last name"; a hint's or a button's text likewise.
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text = text.simplified();
    while (text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.trimmed();
}

bool insideQtWidget(const QWidget* widget)
{
    // Parts of Qt's own composite widgets (a combo's list, a spin box's line, a calendar's buttons, a
    // preview's pages) are described by Qt's accessibility itself.
    for (const QWidget* p = widget->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QComboBox*>(p) || qobject_cast<const QAbstractSpinBox*>(p) ||
            qobject_cast<const QCalendarWidget*>(p) || qobject_cast<const QPrintPreviewWidget*>(p) ||
            qobject_cast<const QLineEdit*>(p) || qobject_cast<const QAbstractItemView*>(p))
            return true;
    }
    return false;
}

QString labelFor(const QWidget* widget, const QWidget* root)
{
    for (const QLabel* label : root->findChildren<QLabel*>()) {
        if (label->buddy() == widget && !label->text().isEmpty())
            return plain(label->text());
    }
    return {};
}

QString whereItIs(const QWidget* widget)
{
    QStringList places;
    for (const QWidget* p = widget->parentWidget(); p; p = p->parentWidget()) {
        if (const auto* group = qobject_cast<const QGroupBox*>(p); group && !group->title().isEmpty())
            places << plain(group->title());
        if (p->isWindow()) {
            if (!p->windowTitle().isEmpty())
                places << plain(p->windowTitle());
            break;
        }
    }
    return places.join(QStringLiteral(", "));
}

QString nameOf(const QWidget* widget, const QWidget* root)
{
    if (const QString label = labelFor(widget, root); !label.isEmpty())
        return label;
    if (const auto* button = qobject_cast<const QAbstractButton*>(widget); button && !plain(button->text()).isEmpty())
        return plain(button->text());
    if (const auto* edit = qobject_cast<const QLineEdit*>(widget); edit && !edit->placeholderText().isEmpty())
        return plain(edit->placeholderText());
    if (!widget->toolTip().isEmpty())
        return plain(widget->toolTip());
    if (const auto* button = qobject_cast<const QToolButton*>(widget); button && button->defaultAction())
        return plain(button->defaultAction()->text());
    if (const auto* tabs = qobject_cast<const QTabBar*>(widget); tabs && tabs->count() > 0)
        return plain(tabs->tabText(tabs->currentIndex()));
    if (const auto* view = qobject_cast<const QAbstractItemView*>(widget); view && view->model()) {
        // A table is named by its columns, as its header reads.
        QStringList columns;
        for (int c = 0; c < view->model()->columnCount() && c < 3; ++c)
            columns << view->model()->headerData(c, Qt::Horizontal).toString().simplified();
        columns.removeAll(QString());
        if (!columns.isEmpty())
            return columns.join(QStringLiteral(", "));
    }
    return whereItIs(widget);
}

QString descriptionOf(const QWidget* widget, const QString& name)
{
    for (const QString& text : {widget->toolTip(), widget->whatsThis(), widget->statusTip()}) {
        if (!plain(text).isEmpty() && plain(text) != name)
            return plain(text);
    }
    if (const auto* edit = qobject_cast<const QLineEdit*>(widget);
        edit && !edit->placeholderText().isEmpty() && plain(edit->placeholderText()) != name)
        return plain(edit->placeholderText());
    const QString where = whereItIs(widget);
    return where.isEmpty() ? name : where;
}
} // namespace

AccessibleNames::AccessibleNames(QObject* parent)
    : QObject(parent)
{}

bool AccessibleNames::isInteractive(const QWidget* widget)
{
    if (widget->objectName().startsWith(QLatin1String("qt_")) || insideQtWidget(widget))
        return false;
    if (qobject_cast<const QHeaderView*>(widget))
        return false;
    return qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QLineEdit*>(widget) ||
           qobject_cast<const QComboBox*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget) ||
           qobject_cast<const QAbstractItemView*>(widget) || qobject_cast<const QTextEdit*>(widget) ||
           qobject_cast<const QPlainTextEdit*>(widget) || qobject_cast<const QTabBar*>(widget);
}

void AccessibleNames::describe(QWidget* root)
{
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!isInteractive(widget))
            continue;
        if (widget->accessibleName().isEmpty() || widget->property(autoName).toBool()) {
            widget->setAccessibleName(nameOf(widget, root));
            widget->setProperty(autoName, true);
        }
        if (widget->accessibleDescription().isEmpty() || widget->property(autoDescription).toBool()) {
            widget->setAccessibleDescription(descriptionOf(widget, widget->accessibleName()));
            widget->setProperty(autoDescription, true);
        }
    }
}

bool AccessibleNames::eventFilter(QObject* watched, QEvent* event)
{
    if (watched->isWidgetType() && (event->type() == QEvent::Show || event->type() == QEvent::LanguageChange)) {
        auto* widget = static_cast<QWidget*>(watched);
        if (widget->isWindow()) {
            // After the window's own handling: its texts are those of the new language then.
            QTimer::singleShot(0, widget, [widget] { describe(widget); });
        }
    }
    return QObject::eventFilter(watched, event);
}
