#include "ChartExportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>

namespace {
struct Preset
{
    int width;
    int height;
    int dpi;
};
const Preset kPresets[] = { { 1600, 1000, 160 }, { 1920, 1080, 160 }, { 3300, 2100, 300 }, { 2480, 1754, 300 } };
} // namespace

ChartExportDialog::ChartExportDialog(QWidget* parent)
    : QDialog(parent)
    , m_preset(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_dpi(new QSpinBox(this))
    , m_physical(new QLabel(this))
{
    setWindowTitle(tr("Export Chart"));
    m_preset->addItems({ tr("Screen (1600 × 1000)"), tr("Slide 16:9 (1920 × 1080)"), tr("Print, 28 × 18 cm at 300 dpi"),
                         tr("Print, A4 landscape at 300 dpi"), tr("Custom") });
    for (QSpinBox* box : { m_width, m_height })
        box->setRange(50, 20000);
    m_dpi->setRange(30, 1200);
    m_width->setSuffix(tr(" px"));
    m_height->setSuffix(tr(" px"));
    m_dpi->setSuffix(tr(" dpi"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Preset:"), m_preset);
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    form->addRow(tr("&Resolution:"), m_dpi);
    form->addRow(QString(), m_physical);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ChartExportDialog::applyPreset);
    for (QSpinBox* box : { m_width, m_height, m_dpi })
        connect(box, &QSpinBox::valueChanged, this, &ChartExportDialog::describe);
    const QSettings settings;
    m_preset->setCurrentIndex(settings.value(QStringLiteral("charts/exportPreset"), 0).toInt());
    applyPreset(m_preset->currentIndex());
    if (m_preset->currentIndex() == 4) {
        m_width->setValue(settings.value(QStringLiteral("charts/exportWidth"), 1600).toInt());
        m_height->setValue(settings.value(QStringLiteral("charts/exportHeight"), 1000).toInt());
        m_dpi->setValue(settings.value(QStringLiteral("charts/exportDpi"), 160).toInt());
    }
    connect(this, &QDialog::accepted, this, [this] {
        QSettings remembered;
        remembered.setValue(QStringLiteral("charts/exportPreset"), m_preset->currentIndex());
        remembered.setValue(QStringLiteral("charts/exportWidth"), m_width->value());
        remembered.setValue(QStringLiteral("charts/exportHeight"), m_height->value());
        remembered.setValue(QStringLiteral("charts/exportDpi"), m_dpi->value());
    });
}

ChartExporter::Options ChartExportDialog::options() const
{
    ChartExporter::Options options;
    options.pixels = QSize(m_width->value(), m_height->value());
    options.dpi = m_dpi->value();
    return options;
}

void ChartExportDialog::applyPreset(int index)
{
    const bool custom = index < 0 || index >= int(std::size(kPresets));
    for (QSpinBox* box : { m_width, m_height, m_dpi })
        box->setEnabled(custom);
    if (!custom) {
        m_width->setValue(kPresets[index].width);
        m_height->setValue(kPresets[index].height);
        m_dpi->setValue(kPresets[index].dpi);
    }
    describe();
}

void ChartExportDialog::describe()
{
    const double inch = 2.54;
    const QLocale locale;
    m_physical->setText(tr("%1 × %2 cm when printed")
                            .arg(locale.toString(m_width->value() * inch / m_dpi->value(), 'f', 1),
                                 locale.toString(m_height->value() * inch / m_dpi->value(), 'f', 1)));
}
