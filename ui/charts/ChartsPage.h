#pragma once

#include "ChartStyle.h"
#include "analysis/ChartData.h"
#include "analysis/ChartRequest.h"

#include <QList>
#include <QSqlDatabase>
#include <QWidget>
#include <memory>
#include <optional>

class ChartBuilder;
class ChartWidget;
class DashboardWidget;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QToolButton;

// The analyst's page (Charts & reports > Charts): the dashboard and the standard charts of
// docs/charts.md for a wave, filtered by region, area, channel, scenario and competitor; a
// click on a region's bar shows its locations, a location's bar its visits, a visit its report.
// Export as PNG / SVG / PDF at a chosen size and resolution, copy, or export the data.
class ChartsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsPage(QWidget* parent = nullptr);
    ~ChartsPage() override;

    void setDatabase(const QSqlDatabase& db);
    void refresh();

    // For tests and the keyboard: what is shown.
    ChartWidget* chartWidget() const { return m_chart; }
    DashboardWidget* dashboardWidget() const { return m_dashboard; }
    QTableWidget* visitsTable() const { return m_visits; }
    std::optional<ChartData> currentChart() const { return m_data; }
    QString breadcrumb() const;
    // Shows a view (-1: the dashboard) with the filters and grouping now chosen.
    void showView(int view);

signals:
    // A visit's report is asked for (a double-click in the visits of a location).
    void reportRequested(qint64 visitId);

private:
    // Where Back returns to: the view, wave, the filters added by drilling down and the grouping.
    struct Drill
    {
        int view = -1;
        QString wave;
        QMap<ResultsQuery::Dimension, QStringList> filters;
        QString per;
    };
    Drill here() const;

    void loadChoices();
    void rebuild();
    ChartRequest request() const;
    void updatePerChoices();
    void drillInto(int category);
    void showVisits(const QString& locationCode, const QString& locationName);
    void goBack();
    void exportChart();
    void copyChart();
    void exportData();

public:
    // Writes the chart pack of the chosen wave into folder, a page at a time with progress and
    // Cancel; false when cancelled or failed (then nothing of it is left). Asks for the folder
    // when it is empty.
    bool writeChartPack(QString folder = QString());

private:
    void setStatus(const QString& text);

    QSqlDatabase m_db;
    std::unique_ptr<ChartBuilder> m_builder;
    ChartStyle m_style;
    bool m_stale = true;
    bool m_loading = false;
    std::optional<ChartData> m_data;
    QList<Drill> m_drills; // where Back returns to
    QMap<ResultsQuery::Dimension, QStringList> m_drillFilters; // added by drilling down
    std::optional<ResultsQuery::Dimension> m_drillPer;

    QComboBox* m_view;
    QComboBox* m_wave;
    QComboBox* m_per;
    QComboBox* m_region;
    QComboBox* m_area;
    QComboBox* m_channel;
    QComboBox* m_scenario;
    QComboBox* m_competitor;
    QToolButton* m_back;
    QLabel* m_path;
    QLabel* m_status;
    QPushButton* m_export;
    QPushButton* m_copy;
    QPushButton* m_exportData;
    QPushButton* m_pack;
    QStackedWidget* m_stack;
    ChartWidget* m_chart;
    QTableWidget* m_table;
    QTableWidget* m_visits;
    DashboardWidget* m_dashboard;
};
