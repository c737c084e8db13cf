#include "SampleSizeCalculator.h"

#include "planning/SampleSize.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace {
// Columns of the trade-off table.
enum Column
{
    VisitsColumn,
    MarginColumn,
    NoteColumn,
    ColumnCount
};
} // namespace

SampleSizeCalculator::SampleSizeCalculator(QWidget* parent)
    : QWidget(parent)
    , m_proportionMode(new QRadioButton(tr("Share of &yes answers"), this))
    , m_meanMode(new QRadioButton(tr("&Mean score"), this))
    , m_proportion(new QDoubleSpinBox(this))
    , m_standardDeviation(new QDoubleSpinBox(this))
    , m_sampleSize(new QSpinBox(this))
    , m_confidence(new QComboBox(this))
    , m_population(new QSpinBox(this))
    , m_margin(new QLabel(this))
    , m_marginDetail(new QLabel(this))
    , m_smallBase(new QLabel(this))
    , m_targetPoints(new QDoubleSpinBox(this))
    , m_targetMean(new QDoubleSpinBox(this))
    , m_requiredSize(new QLabel(this))
    , m_table(new QTableWidget(int(tableSizes.size()), ColumnCount, this))
    , m_inputs(new QFormLayout)
    , m_targetForm(new QFormLayout)
{
    m_proportionMode->setObjectName(QStringLiteral("proportionMode"));
    m_meanMode->setObjectName(QStringLiteral("meanMode"));
    m_proportionMode->setChecked(true);
    auto* modes = new QButtonGroup(this);
    modes->addButton(m_proportionMode);
    modes->addButton(m_meanMode);

    // A share is entered as people say it, "80 %"; the core takes 0.8.
    m_proportion->setObjectName(QStringLiteral("proportion"));
    m_proportion->setRange(0.0, 100.0);
    m_proportion->setDecimals(1);
    m_proportion->setSuffix(QStringLiteral(" %"));
    m_proportion->setValue(50.0); // the most cautious guess when nothing is known yet
    m_proportion->setToolTip(tr("The share you expect (or last measured). 50 % gives the widest margin."));
    m_standardDeviation->setObjectName(QStringLiteral("standardDeviation"));
    m_standardDeviation->setRange(0.0, 10000.0);
    m_standardDeviation->setDecimals(2);
    m_standardDeviation->setValue(15.0);
    m_standardDeviation->setToolTip(tr("The spread of the score between visits, from an earlier wave."));
    m_sampleSize->setObjectName(QStringLiteral("sampleSize"));
    m_sampleSize->setRange(1, 10000000);
    m_sampleSize->setValue(30);
    m_sampleSize->setSuffix(tr(" visits"));
    m_confidence->setObjectName(QStringLiteral("confidence"));
    for (const double level : SampleSize::confidenceLevels)
        m_confidence->addItem(confidenceText(level), level);
    m_confidence->setCurrentIndex(1); // 95 %, what clients expect unless told otherwise
    m_population->setObjectName(QStringLiteral("population"));
    m_population->setRange(0, 100000000);
    m_population->setSpecialValueText(tr("Unlimited"));
    m_population->setSuffix(tr(" units"));
    m_population->setToolTip(
        tr("How many locations (or calls, or staff) the visits are drawn from. Knowing it "
           "narrows the margin when a large part of them is visited."));

    for (QAbstractSpinBox* box : std::initializer_list<QAbstractSpinBox*> {
             m_proportion, m_standardDeviation, m_sampleSize, m_population, m_targetPoints, m_targetMean })
        box->setAlignment(Qt::AlignRight);

    auto* modeRow = new QHBoxLayout;
    modeRow->addWidget(m_proportionMode);
    modeRow->addWidget(m_meanMode);
    modeRow->addStretch();
    m_inputs->addRow(tr("Measure:"), modeRow);
    m_inputs->addRow(tr("&Share:"), m_proportion);
    m_inputs->addRow(tr("Standard &deviation:"), m_standardDeviation);
    m_inputs->addRow(tr("&Visits (n):"), m_sampleSize);
    m_inputs->addRow(tr("&Confidence:"), m_confidence);
    m_inputs->addRow(tr("&Population:"), m_population);

    m_margin->setObjectName(QStringLiteral("margin"));
    QFont big = m_margin->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_margin->setFont(big);
    m_margin->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_marginDetail->setObjectName(QStringLiteral("marginDetail"));
    m_marginDetail->setWordWrap(true);
    m_smallBase->setObjectName(QStringLiteral("smallBase"));
    m_smallBase->setWordWrap(true);
    // A warning the eye catches without a dialog: dark amber text on a pale amber band.
    m_smallBase->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3cd; color: #664d03; "
                       "border: 1px solid #ffda6a; border-radius: 3px; padding: 4px; }"));
    m_smallBase->hide();

    m_targetPoints->setObjectName(QStringLiteral("targetPoints"));
    m_targetPoints->setRange(0.1, 50.0);
    m_targetPoints->setDecimals(1);
    m_targetPoints->setSingleStep(0.5);
    m_targetPoints->setPrefix(QStringLiteral("±"));
    m_targetPoints->setSuffix(tr(" points"));
    m_targetPoints->setValue(5.0);
    m_targetMean->setObjectName(QStringLiteral("targetMean"));
    m_targetMean->setRange(0.01, 10000.0);
    m_targetMean->setDecimals(2);
    m_targetMean->setPrefix(QStringLiteral("±"));
    m_targetMean->setValue(2.0);
    m_requiredSize->setObjectName(QStringLiteral("requiredSize"));
    m_requiredSize->setWordWrap(true);
    QFont bold = m_requiredSize->font();
    bold.setBold(true);
    m_requiredSize->setFont(bold);
    m_targetForm->addRow(tr("&Target margin:"), m_targetPoints);
    m_targetForm->addRow(tr("&Target margin:"), m_targetMean);
    m_targetForm->addRow(m_requiredSize); // the whole width: it is the answer, not a field

    m_table->setObjectName(QStringLiteral("marginTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->verticalHeader()->hide();
    m_table->setHorizontalHeaderLabels({ tr("Visits"), tr("Margin of error"), QString() });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (int row = 0; row < int(tableSizes.size()); ++row) {
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem;
            item->setTextAlignment(column == NoteColumn ? Qt::AlignLeft | Qt::AlignVCenter
                                                        : Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
        m_table->item(row, VisitsColumn)->setText(QLocale().toString(tableSizes[size_t(row)]));
    }
    // Seven short rows: compact, all shown, no scrolling.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height()
                            + m_table->verticalHeader()->defaultSectionSize() * m_table->rowCount()
                            + 2 * m_table->frameWidth() + 1); // + the last grid line

    auto* inputs = new QGroupBox(tr("Sample"), this);
    inputs->setLayout(m_inputs);
    auto* result = new QGroupBox(tr("Margin of error"), this);
    auto* resultLayout = new QVBoxLayout(result);
    resultLayout->addWidget(m_margin);
    resultLayout->addWidget(m_marginDetail);
    resultLayout->addWidget(m_smallBase);
    auto* target = new QGroupBox(tr("Visits needed"), this);
    target->setLayout(m_targetForm);
    auto* table = new QGroupBox(tr("Margin by number of visits"), this);
    auto* tableLayout = new QVBoxLayout(table);
    tableLayout->addWidget(m_table);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(inputs);
    layout->addWidget(result);
    layout->addWidget(target);
    layout->addWidget(table);
    layout->addStretch();

    // Live: every keystroke in a box recalculates (keyboard tracking is on by default).
    connect(m_proportionMode, &QRadioButton::toggled, this, [this] { updateMeasure(); });
    for (QDoubleSpinBox* box : { m_proportion, m_standardDeviation, m_targetPoints, m_targetMean })
        connect(box, &QDoubleSpinBox::valueChanged, this, [this] { recalculate(); });
    for (QSpinBox* box : { m_sampleSize, m_population })
        connect(box, &QSpinBox::valueChanged, this, [this] { recalculate(); });
    connect(m_confidence, &QComboBox::currentIndexChanged, this, [this] { recalculate(); });

    updateMeasure();
}

void SampleSizeCalculator::setSmallBaseThreshold(int visits)
{
    m_smallBaseThreshold = visits;
    recalculate();
}

void SampleSizeCalculator::setMeasure(Measure measure)
{
    (measure == Measure::Mean ? m_meanMode : m_proportionMode)->setChecked(true);
}

SampleSizeCalculator::Measure SampleSizeCalculator::measure() const
{
    return m_meanMode->isChecked() ? Measure::Mean : Measure::Proportion;
}

void SampleSizeCalculator::setProportion(double p)
{
    m_proportion->setValue(p * 100.0);
}

void SampleSizeCalculator::setStandardDeviation(double sd)
{
    m_standardDeviation->setValue(sd);
}

void SampleSizeCalculator::setSampleSize(int visits)
{
    m_sampleSize->setValue(visits);
}

void SampleSizeCalculator::setConfidence(double confidence)
{
    for (int index = 0; index < m_confidence->count(); ++index)
        if (std::abs(m_confidence->itemData(index).toDouble() - confidence) < 1e-9)
            m_confidence->setCurrentIndex(index);
}

void SampleSizeCalculator::setPopulation(std::optional<qint64> population)
{
    m_population->setValue(int(std::clamp<qint64>(population.value_or(0), 0, m_population->maximum())));
}

void SampleSizeCalculator::updateMeasure()
{
    const bool mean = measure() == Measure::Mean;
    m_inputs->setRowVisible(m_proportion, !mean);
    m_inputs->setRowVisible(m_standardDeviation, mean);
    m_targetForm->setRowVisible(m_targetPoints, !mean);
    m_targetForm->setRowVisible(m_targetMean, mean);
    m_table->horizontalHeaderItem(MarginColumn)
        ->setText(mean ? tr("Margin of error") : tr("Margin (points)"));
    recalculate();
}

QString SampleSizeCalculator::marginText(double margin) const
{
    const QLocale locale;
    if (measure() == Measure::Mean)
        return QStringLiteral("±%1").arg(locale.toString(margin, 'f', 2));
    return tr("±%1 points").arg(locale.toString(margin * 100.0, 'f', 1));
}

QString SampleSizeCalculator::confidenceText(double confidence) const
{
    return QStringLiteral("%1 %").arg(QLocale().toString(std::round(confidence * 100.0), 'f', 0));
}

void SampleSizeCalculator::recalculate()
{
    const QLocale locale;
    const bool mean = measure() == Measure::Mean;
    const double confidence = m_confidence->currentData().toDouble();
    const std::optional<qint64> population
        = m_population->value() > 0 ? std::optional<qint64>(m_population->value()) : std::nullopt;
    const double value = mean ? m_standardDeviation->value() : m_proportion->value() / 100.0;
    const qint64 n = m_sampleSize->value();

    QString error;
    const auto margin = mean ? SampleSize::meanMargin(value, n, confidence, population, &error)
                             : SampleSize::proportionMargin(value, n, confidence, population, &error);
    if (margin) {
        m_margin->setText(tr("%1 at %2").arg(marginText(*margin), confidenceText(confidence)));
        QStringList detail;
        if (mean) {
            detail
                << (SampleSize::meanUsesStudentT(n)
                        ? tr("Student's t with %1 degrees of freedom: with fewer than %2 visits the spread "
                             "itself is uncertain.")
                              .arg(n - 1)
                              .arg(SampleSize::tLimit)
                        : tr("Normal distribution (z = %1).")
                              .arg(locale.toString(SampleSize::zValue(confidence).value_or(0.0), 'f', 3)));
        } else {
            // The range a client reads off a chart: the share give or take the margin, within 0-100 %.
            const double low = std::max(0.0, value - *margin) * 100.0;
            const double high = std::min(1.0, value + *margin) * 100.0;
            detail << tr("%1 % measured on %2 visits: the true share is likely between %3 % and %4 %.")
                          .arg(locale.toString(value * 100.0, 'f', 1), locale.toString(n),
                               locale.toString(low, 'f', 1), locale.toString(high, 'f', 1));
        }
        if (population)
            detail << tr("Corrected for a population of %1 units.").arg(locale.toString(*population));
        m_marginDetail->setText(detail.join(QLatin1Char(' ')));
    } else {
        m_margin->setText(QStringLiteral("–"));
        m_marginDetail->setText(error);
    }

    const bool small = SampleSize::isSmallBase(n, m_smallBaseThreshold);
    m_smallBase->setVisible(small);
    if (small)
        m_smallBase->setText(tr("Small base: fewer than %1 visits are too few to report on their own.")
                                 .arg(locale.toString(m_smallBaseThreshold)));

    QString requiredError;
    const double target = mean ? m_targetMean->value() : m_targetPoints->value() / 100.0;
    const auto required = mean
        ? SampleSize::requiredSizeForMean(value, target, confidence, population, &requiredError)
        : SampleSize::requiredSizeForProportion(value, target, confidence, population, &requiredError);
    m_requiredSize->setText(
        required ? tr("Visits needed: %1 for %2 at %3")
                       .arg(locale.toString(*required), marginText(target), confidenceText(confidence))
                 : requiredError);

    fillTable(value, confidence, population);
}

void SampleSizeCalculator::fillTable(double value, double confidence, std::optional<qint64> population)
{
    const bool mean = measure() == Measure::Mean;
    const QPalette palette = m_table->palette();
    for (int row = 0; row < int(tableSizes.size()); ++row) {
        const int n = tableSizes[size_t(row)];
        const auto margin = mean ? SampleSize::meanMargin(value, n, confidence, population)
                                 : SampleSize::proportionMargin(value, n, confidence, population);
        QString text = QStringLiteral("–");
        if (margin)
            text = mean ? QStringLiteral("±%1").arg(QLocale().toString(*margin, 'f', 2))
                        : QStringLiteral("±%1").arg(QLocale().toString(*margin * 100.0, 'f', 1));
        QString note;
        if (population && n > *population)
            note = tr("more than the population");
        else if (population && n == *population)
            note = tr("every unit");
        else if (SampleSize::isSmallBase(n, m_smallBaseThreshold))
            note = tr("small base");
        // Rows too small to report, or impossible, are greyed; the row of the current n is bold.
        const bool muted = !margin || SampleSize::isSmallBase(n, m_smallBaseThreshold);
        const bool current = n == m_sampleSize->value();
        m_table->item(row, MarginColumn)->setText(text);
        m_table->item(row, NoteColumn)->setText(note);
        for (int column = 0; column < ColumnCount; ++column) {
            QTableWidgetItem* item = m_table->item(row, column);
            item->setForeground(palette.brush(muted ? QPalette::Disabled : QPalette::Active, QPalette::Text));
            QFont font = m_table->font();
            font.setBold(current);
            item->setFont(font);
        }
    }
}
