#include "waitinglists/CalendarDialog.h"

#include "ReferenceNames.h"
#include "domain/DisplayFormat.h"
#include "domain/OperationError.h"
#include "services/CalendarService.h"
#include "services/Workspace.h"
#include "widgets/MessageBox.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

CalendarDialog::CalendarDialog(Workspace& workspace, const ReferenceNames& names, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_names(names)
    , m_year(new QSpinBox(this))
    , m_days(new QTableWidget(this))
{
    setObjectName(QStringLiteral("calendarDialog"));
    setWindowTitle(tr("Working calendar"));
    resize(720, 560);
    m_year->setRange(2020, 2100);
    m_year->setValue(workspace.clock().today().year());
    m_days->setObjectName(QStringLiteral("calendarDays"));
    m_days->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_days->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_days->verticalHeader()->hide();
    m_days->horizontalHeader()->setStretchLastSection(true);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Year:"), this));
    top->addWidget(m_year);
    top->addStretch(1);
    auto* addOff = new QPushButton(tr("Add a &day off…"), this);
    auto* addWorking = new QPushButton(tr("Add a &working weekend day…"), this);
    auto* remove = new QPushButton(tr("&Make an ordinary day"), this);
    addOff->setObjectName(QStringLiteral("addDayOffButton"));
    addWorking->setObjectName(QStringLiteral("addWorkingDayButton"));
    top->addWidget(addOff);
    top->addWidget(addWorking);
    top->addWidget(remove);
    auto* note =
        new QLabel(tr("Holidays of Kazakhstan and the days off carried over from weekends are shipped for this "
                      "year and the next. Days the Government moves by decree, and later years, are entered "
                      "here. Preliminary dates are planned again after every change."),
                   this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(dark);"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_days, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_year, &QSpinBox::valueChanged, this, &CalendarDialog::fill);
    connect(addOff, &QPushButton::clicked, this, [this] { addDay(false); });
    connect(addWorking, &QPushButton::clicked, this, [this] { addDay(true); });
    connect(remove, &QPushButton::clicked, this, &CalendarDialog::removeDay);
    fill();
}

void CalendarDialog::fill()
{
    const QList<CalendarDay> days = m_workspace.calendar().year(m_year->value());
    m_days->clear();
    m_days->setColumnCount(3);
    m_days->setHorizontalHeaderLabels({tr("Day"), tr("Kind"), tr("Name")});
    m_days->setRowCount(int(days.size()));
    const QLocale locale;
    for (int i = 0; i < days.size(); ++i) {
        const CalendarDay& d = days.at(i);
        auto* day = new QTableWidgetItem(
            QStringLiteral("%1, %2").arg(DisplayFormat::date(d.day), locale.dayName(d.day.dayOfWeek())));
        day->setData(Qt::UserRole, d.day);
        m_days->setItem(i, 0, day);
        m_days->setItem(
            i, 1, new QTableWidgetItem(d.kind == QLatin1String("working_day") ? tr("working day") : tr("day off")));
        m_days->setItem(i, 2, new QTableWidgetItem(Languages::pick(m_names.language(), d.nameKk, d.nameRu, d.nameEn)));
    }
    m_days->resizeColumnsToContents();
}

void CalendarDialog::addDay(bool working)
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("calendarDayDialog"));
    dialog.setWindowTitle(working ? tr("Working weekend day") : tr("Day off"));
    auto* form = new QFormLayout(&dialog);
    auto* date = new QDateEdit(QDate(m_year->value(), 1, 1), &dialog);
    date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    date->setCalendarPopup(true);
    auto* name = new QLineEdit(&dialog);
    name->setPlaceholderText(working ? tr("for example: moved from 2 January")
                                     : tr("name of the holiday or of the decree"));
    form->addRow(tr("Day:"), date);
    form->addRow(tr("Name:"), name);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        if (working)
            m_workspace.calendar().setWorkingDay(date->date(), name->text());
        else
            m_workspace.calendar().setDayOff(date->date(), name->text(), name->text(), name->text());
    } catch (const OperationError& e) {
        MessageBox::warning(this, tr("Calendar not changed"), e.message());
        return;
    }
    fill();
    emit calendarChanged();
}

void CalendarDialog::removeDay()
{
    const QModelIndex current = m_days->currentIndex();
    if (!current.isValid())
        return;
    m_workspace.calendar().clear(m_days->item(current.row(), 0)->data(Qt::UserRole).toDate());
    fill();
    emit calendarChanged();
}
