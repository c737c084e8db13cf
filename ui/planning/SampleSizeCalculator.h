#pragma once

#include <QWidget>
#include <array>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QRadioButton;
class QSpinBox;
class QTableWidget;

// How many visits are enough? A project manager enters a share (or a mean score's standard
// deviation), the visits of a cell and, when the cell is drawn from a known number of units, that
// population; the calculator shows the margin of error as it changes, the visits needed for a
// target margin, a "small base" warning below the programme's threshold, and a small table of
// margins for typical cell sizes so the trade-off between cost and precision is plain to see.
// Every figure comes from SampleSize in the core. Placed beside the sample plan and in Tools.
class SampleSizeCalculator : public QWidget
{
    Q_OBJECT

public:
    enum class Measure
    {
        Proportion,
        Mean
    };

    // The cell sizes the trade-off table lists.
    static constexpr std::array<int, 7> tableSizes { 5, 10, 20, 30, 50, 100, 200 };

    explicit SampleSizeCalculator(QWidget* parent = nullptr);

    // The programme's small-base threshold: cells with fewer visits are flagged (default 5).
    void setSmallBaseThreshold(int visits);
    int smallBaseThreshold() const { return m_smallBaseThreshold; }

    // Presets, e.g. from the sample plan's selected cell.
    void setMeasure(Measure measure);
    Measure measure() const;
    void setProportion(double p); // 0..1
    void setStandardDeviation(double sd);
    void setSampleSize(int visits);
    void setConfidence(double confidence); // 0.90, 0.95 or 0.99; others are ignored
    void setPopulation(std::optional<qint64> population);

private:
    void updateMeasure();
    void recalculate();
    void fillTable(double value, double confidence, std::optional<qint64> population);
    // "±14.3 points" for a share (margin as a proportion), "±6.19" for a mean.
    QString marginText(double margin) const;
    QString confidenceText(double confidence) const;

    int m_smallBaseThreshold = 5;
    QRadioButton* m_proportionMode;
    QRadioButton* m_meanMode;
    QDoubleSpinBox* m_proportion;
    QDoubleSpinBox* m_standardDeviation;
    QSpinBox* m_sampleSize;
    QComboBox* m_confidence;
    QSpinBox* m_population;
    QLabel* m_margin;
    QLabel* m_marginDetail;
    QLabel* m_smallBase;
    QDoubleSpinBox* m_targetPoints;
    QDoubleSpinBox* m_targetMean;
    QLabel* m_requiredSize;
    QTableWidget* m_table;
    QFormLayout* m_inputs;
    QFormLayout* m_targetForm;
};
