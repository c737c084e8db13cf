#pragma once

#include "ChartStyle.h"
#include "analysis/DashboardData.h"

#include <QWidget>

class ChartWidget;
class QLabel;
class QTableWidget;

// The dashboard of a wave: the overall score with its change since the previous wave and
// whether that change is significant, the score by region (click a region to drill down), the
// section profile, and the recognition and training lists, each with its visits.
class DashboardWidget : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardWidget(QWidget* parent = nullptr);

    void setDashboard(const DashboardData& dashboard, const ChartStyle& style);
    ChartWidget* regionChart() const { return m_regions; }
    const DashboardData& dashboard() const { return m_data; }

signals:
    void regionClicked(const QString& region);
    void locationActivated(const QString& locationCode);

private:
    void fill(QTableWidget* table, const QList<DashboardData::Ranked>& rows, bool locations);

    DashboardData m_data;
    ChartStyle m_style;
    QLabel* m_headline;
    QLabel* m_detail;
    ChartWidget* m_regions;
    ChartWidget* m_sections;
    QTableWidget* m_topLocations;
    QTableWidget* m_bottomLocations;
    QTableWidget* m_topStaff;
    QTableWidget* m_bottomStaff;
};
