#pragma once

#include "planning/PlanSummary.h"

#include <QFutureWatcher>
#include <QHash>
#include <QSqlDatabase>
#include <QWidget>
#include <optional>

class PlanSummaryModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

// The plan summary beside the visits ("Waves & sample"): for the chosen wave (or all waves) and
// grouping, the planned visits, the fieldwork budget and the precision of each cell, a totals
// row, the precision of the programme, region and location readings, and a flag on cells too
// small to report. "Sample sizes…" opens the calculator preset with the selected cell.
//
// All waves of a large programme are 200,000 visits, so the summary is read on a worker thread
// with its own connection; the table keeps its last figures until the new ones are in. Reading
// waits until the view is in sight.
class PlanSummaryView : public QWidget
{
    Q_OBJECT

public:
    explicit PlanSummaryView(QWidget* parent = nullptr);
    ~PlanSummaryView() override;

    // The programme's connection (the file to read), or none when the programme closed.
    void setDatabase(const QSqlDatabase& db);
    // The data changed: read again (at once when in sight, else when shown).
    void refresh();
    // True from the start of a read until its figures are shown.
    bool isLoading() const { return m_pending; }

    QComboBox* waveChooser() const { return m_wave; }
    QCheckBox* groupCheckBox(PlanSummary::Dimension dimension) const { return m_groups.value(dimension); }
    QTableView* table() const { return m_table; }
    PlanSummaryModel* model() const { return m_model; }
    QLabel* emptyLabel() const { return m_empty; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* levelsLabel() const { return m_levels; }
    QLabel* legendLabel() const { return m_legend; }
    QPushButton* sampleSizesButton() const { return m_sampleSizes; }

signals:
    void loaded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Result
    {
        std::optional<PlanSummary> summary;
        QString error;
    };

    void reloadWaves();
    void load();
    void showResult(const Result& result);
    void showLevels(const PlanSummary& summary);
    void updateLegend(int smallBaseThreshold);
    void openCalculator();
    PlanSummary::Dimensions chosenDimensions() const;

    QString m_connectionName;
    QString m_path;
    bool m_stale = false;
    std::optional<qint64> m_chosenWave; // the user's choice; -1 is all waves
    QComboBox* m_wave;
    QHash<PlanSummary::Dimension, QCheckBox*> m_groups;
    QPushButton* m_sampleSizes;
    QStackedWidget* m_stack;
    QTableView* m_table;
    PlanSummaryModel* m_model;
    QLabel* m_empty;
    QLabel* m_status;
    QLabel* m_levels;
    QLabel* m_legend;
    QLabel* m_swatch;
    QFutureWatcher<Result> m_watcher;
    int m_generation = 0;
    bool m_pending = false;
};
