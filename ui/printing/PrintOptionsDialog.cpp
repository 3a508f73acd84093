#include "printing/PrintOptionsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>

namespace {
bool g_hasNext = false;
std::optional<PrintOptionsDialog::Options> g_next;

QString key(const QString& kind, const char* name)
{
    return QStringLiteral("print/%1/%2").arg(kind, QLatin1String(name));
}
} // namespace

PrintOptionsDialog::PrintOptionsDialog(const Request& request, const Options& initial, QWidget* parent)
    : QDialog(parent)
    , m_paper(new QComboBox(this))
    , m_orientation(new QComboBox(this))
    , m_margins(new QDoubleSpinBox(this))
    , m_language(new QComboBox(this))
    , m_lastDefaultMargin(PrintSetup::defaultMargin(initial.setup.pageSize))
{
    setObjectName(QStringLiteral("printOptionsDialog"));
    setWindowTitle(request.title);
    m_paper->setObjectName(QStringLiteral("printPaper"));
    m_orientation->setObjectName(QStringLiteral("printOrientation"));
    m_margins->setObjectName(QStringLiteral("printMargins"));
    m_language->setObjectName(QStringLiteral("printLanguage"));
    m_paper->addItem(tr("A4 (210 × 297 mm)"), int(QPageSize::A4));
    m_paper->addItem(tr("A5 (148 × 210 mm)"), int(QPageSize::A5));
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(int(initial.setup.pageSize))));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_orientation->setCurrentIndex(std::max(0, m_orientation->findData(int(initial.setup.orientation))));
    m_margins->setRange(PrintSetup::minimumMarginMm, PrintSetup::maximumMarginMm);
    m_margins->setDecimals(0);
    m_margins->setSuffix(tr(" mm"));
    m_margins->setValue(initial.setup.marginMm);
    // Each language by its own name, as the language menu shows them.
    for (Language language : {Language::Kazakh, Language::Russian, Language::English})
        m_language->addItem(Languages::nativeName(language), int(language));
    m_language->setCurrentIndex(std::max(0, m_language->findData(int(initial.setup.language))));

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(tr("&Orientation:"), m_orientation);
    form->addRow(tr("&Margins:"), m_margins);
    form->addRow(tr("Printout &language:"), m_language);
    if (request.offersVersion) {
        m_version = new QComboBox(this);
        m_version->setObjectName(QStringLiteral("printVersion"));
        m_version->addItem(tr("Public: referral codes and dates only, for the notice board"), true);
        m_version->addItem(tr("Internal: with patients' names and IIN, for the bureau"), false);
        m_version->setCurrentIndex(initial.publicVersion ? 0 : 1);
        form->addRow(tr("&Version:"), m_version);
    }
    auto* note = new QLabel(tr("The printout's language does not change the language of the window."), this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(mid);"));
    form->addRow(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(request.acceptText);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &PrintOptionsDialog::paperChanged);
}

void PrintOptionsDialog::paperChanged()
{
    // Margins the clerk left at the paper's default follow the new paper's default.
    const auto size = QPageSize::PageSizeId(m_paper->currentData().toInt());
    if (qFuzzyCompare(m_margins->value(), m_lastDefaultMargin))
        m_margins->setValue(PrintSetup::defaultMargin(size));
    m_lastDefaultMargin = PrintSetup::defaultMargin(size);
}

PrintOptionsDialog::Options PrintOptionsDialog::options() const
{
    Options o;
    o.setup.pageSize = QPageSize::PageSizeId(m_paper->currentData().toInt());
    o.setup.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    o.setup.marginMm = m_margins->value();
    o.setup.language = Language(m_language->currentData().toInt());
    o.publicVersion = m_version && m_version->currentData().toBool();
    return o;
}

PrintOptionsDialog::Options PrintOptionsDialog::remembered(const Request& request)
{
    QSettings settings;
    Options o;
    const QString paper = settings.value(key(request.kind, "paper")).toString();
    o.setup.pageSize = paper == QLatin1String("A5") ? QPageSize::A5 : QPageSize::A4;
    const QString orientation = settings.value(key(request.kind, "orientation")).toString();
    o.setup.orientation = orientation.isEmpty()                       ? request.orientation
                          : orientation == QLatin1String("landscape") ? QPageLayout::Landscape
                                                                      : QPageLayout::Portrait;
    o.setup.marginMm =
        settings.value(key(request.kind, "margin_mm"), PrintSetup::defaultMargin(o.setup.pageSize)).toDouble();
    // Without a remembered choice a printout speaks the interface's language.
    const QString language = settings.value(key(request.kind, "language")).toString();
    o.setup.language = language.isEmpty() ? Languages::current() : Languages::fromCode(language);
    o.publicVersion = settings.value(key(request.kind, "public"), true).toBool();
    return o;
}

void PrintOptionsDialog::remember(const QString& kind, const Options& options)
{
    QSettings settings;
    settings.setValue(key(kind, "paper"),
                      options.setup.pageSize == QPageSize::A5 ? QStringLiteral("A5") : QStringLiteral("A4"));
    settings.setValue(key(kind, "orientation"), options.setup.orientation == QPageLayout::Landscape
                                                    ? QStringLiteral("landscape")
                                                    : QStringLiteral("portrait"));
    settings.setValue(key(kind, "margin_mm"), options.setup.marginMm);
    settings.setValue(key(kind, "language"), Languages::code(options.setup.language));
    settings.setValue(key(kind, "public"), options.publicVersion);
}

void PrintOptionsDialog::setNextAnswer(std::optional<Options> answer)
{
    g_hasNext = true;
    g_next = std::move(answer);
}

std::optional<PrintOptionsDialog::Options> PrintOptionsDialog::ask(QWidget* parent, const Request& request)
{
    std::optional<Options> chosen;
    if (g_hasNext) {
        g_hasNext = false;
        chosen = g_next;
    } else {
        Options initial = remembered(request);
        if (request.publicVersion)
            initial.publicVersion = *request.publicVersion;
        PrintOptionsDialog dialog(request, initial, parent);
        if (dialog.exec() == QDialog::Accepted)
            chosen = dialog.options();
    }
    if (chosen)
        remember(request.kind, *chosen);
    return chosen;
}
