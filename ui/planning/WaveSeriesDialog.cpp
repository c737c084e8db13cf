#include "WaveSeriesDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>

WaveSeriesDialog::WaveSeriesDialog(QWidget* parent)
    : QDialog(parent)
    , m_frequency(new QComboBox(this))
    , m_start(new QDateEdit(QDate::currentDate().addMonths(1), this))
    , m_count(new QSpinBox(this))
    , m_days(new QSpinBox(this))
    , m_daysLabel(new QLabel(tr("Days per wave:"), this))
    , m_preview(new QListWidget(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New waves"));
    setMinimumWidth(620);
    m_frequency->addItem(tr("Monthly"), int(WaveSeries::Frequency::Monthly));
    m_frequency->addItem(tr("Quarterly"), int(WaveSeries::Frequency::Quarterly));
    m_frequency->addItem(tr("Weekly"), int(WaveSeries::Frequency::Weekly));
    m_frequency->addItem(tr("Every N days"), int(WaveSeries::Frequency::EveryNDays));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_count->setRange(1, 120);
    m_count->setValue(12);
    m_days->setRange(1, 366);
    m_days->setValue(14);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Frequency:"), m_frequency);
    form->addRow(tr("&Starting:"), m_start);
    form->addRow(tr("&Number of waves:"), m_count);
    form->addRow(m_daysLabel, m_days);
    form->addRow(tr("Will create:"), m_preview);
    form->addRow(m_problem);
    form->addRow(m_buttons);

    connect(m_frequency, &QComboBox::currentIndexChanged, this, &WaveSeriesDialog::updatePreview);
    connect(m_start, &QDateEdit::dateChanged, this, &WaveSeriesDialog::updatePreview);
    connect(m_count, &QSpinBox::valueChanged, this, &WaveSeriesDialog::updatePreview);
    connect(m_days, &QSpinBox::valueChanged, this, &WaveSeriesDialog::updatePreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
}

void WaveSeriesDialog::setStart(const QDate& start)
{
    m_start->setDate(start);
}

WaveSeries WaveSeriesDialog::series() const
{
    WaveSeries series;
    series.frequency = WaveSeries::Frequency(m_frequency->currentData().toInt());
    series.start = m_start->date();
    series.count = m_count->value();
    series.days = m_days->value();
    return series;
}

std::vector<WaveSeries::Wave> WaveSeriesDialog::waves() const
{
    QString error;
    return series().waves(&error);
}

void WaveSeriesDialog::updatePreview()
{
    const bool everyNDays = WaveSeries::Frequency(m_frequency->currentData().toInt()) == WaveSeries::Frequency::EveryNDays;
    m_days->setVisible(everyNDays);
    m_daysLabel->setVisible(everyNDays);
    QString error;
    const auto waves = series().waves(&error);
    m_preview->clear();
    for (const auto& wave : waves)
        m_preview->addItem(QStringLiteral("%1   %2 – %3   %4")
                               .arg(wave.code, wave.starts.toString(Qt::ISODate), wave.ends.toString(Qt::ISODate), wave.name));
    m_problem->setText(error);
    m_problem->setVisible(waves.empty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!waves.empty());
}
