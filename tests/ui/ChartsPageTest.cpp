#include "areas/AreaPage.h"
#include "charts/ChartCanvas.h"
#include "charts/ChartWidget.h"
#include "charts/ChartsPage.h"
#include "charts/DashboardWidget.h"
#include "mainwindow/MainWindow.h"
#include "review/ReportEntryDialog.h"
#include "support/TestProject.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QPushButton>
#include <QTimer>
#include <QBarCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <gtest/gtest.h>

namespace {

// Clicks the bar of a category of a one-series bar chart shown in a chart widget, where a
// person would: in the middle of the bar.
void clickBar(ChartWidget* widget, int category)
{
    ASSERT_NE(widget->canvas(), nullptr);
    QChart* chart = nullptr;
    for (QGraphicsItem* item : widget->canvas()->scene()->items())
        if ((chart = dynamic_cast<QChart*>(item)))
            break;
    ASSERT_NE(chart, nullptr);
    auto* series = qobject_cast<QAbstractBarSeries*>(chart->series().first());
    ASSERT_NE(series, nullptr);
    const ChartData& data = widget->canvas()->data();
    const int count = int(data.categories.size());
    const double value = data.series.front().points[size_t(category)].value.value_or(0);
    // Horizontal bars list the first category on top: the axis counts from the bottom.
    const QPointF inChart = chart->mapToPosition(QPointF(value / 2, count - 1 - category), series);
    const QPoint inView = widget->mapFromScene(chart->mapToScene(inChart));
    QTest::mouseClick(widget->viewport(), Qt::LeftButton, {}, inView);
}

// The demo programme open in the window, on Charts & reports.
class ChartsPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_file = m_folder.demoCopy(QStringLiteral("charts.shopscope"));
        m_window.resize(1400, 900);
        m_window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_window));
        ASSERT_TRUE(m_window.openFile(m_file));
        m_window.navigator()->setCurrentRow(6); // Charts & reports
        auto* area = qobject_cast<AreaPage*>(m_window.currentArea());
        ASSERT_NE(area, nullptr);
        m_page = area->findChild<ChartsPage*>();
        ASSERT_NE(m_page, nullptr);
    }

    TestFolder m_folder;
    QString m_file;
    MainWindow m_window;
    ChartsPage* m_page = nullptr;
};

} // namespace

TEST_F(ChartsPageTest, ClicksFromTheDashboardDownToOneReport)
{
    ChartsPage* page = m_page;
    QTRY_VERIFY(page->dashboardWidget()->isVisible());

    // The dashboard's regions, best first: click the best region's bar.
    DashboardWidget* dashboard = page->dashboardWidget();
    const ChartData regions = dashboard->dashboard().byRegion;
    ASSERT_FALSE(regions.categories.empty());
    const QString region = regions.categories.front().code;
    clickBar(dashboard->regionChart(), 0);

    // Its locations, as a score by location within the region.
    QTRY_VERIFY(page->chartWidget()->isVisible());
    ASSERT_TRUE(page->currentChart().has_value());
    const ChartData locations = *page->currentChart();
    EXPECT_EQ(locations.view, ChartViews::View::ByLocation);
    ASSERT_TRUE(locations.categoryDimension.has_value());
    EXPECT_EQ(*locations.categoryDimension, ResultsQuery::Dimension::Location);
    EXPECT_TRUE(page->breadcrumb().contains(region));
    ASSERT_FALSE(locations.categories.empty());
    for (const ResultsTable::Key& key : locations.categories) // every location is in the region
        EXPECT_EQ(scalar(m_file, QStringLiteral("SELECT g.name FROM location l JOIN geo_unit g ON g.id = l.geo_unit_id "
                                              "WHERE l.code = '%1' AND g.level = 'region' "
                                              "UNION SELECT p.name FROM location l JOIN geo_unit g ON g.id = l.geo_unit_id "
                                              "JOIN geo_unit p ON p.id = g.parent_id WHERE l.code = '%1' AND p.level = 'region'")
                                   .arg(key.code))
                      .toString(),
                  region);

    // A location's bar: its visits of the wave.
    const QString location = locations.categories.front().code;
    clickBar(page->chartWidget(), 0);
    QTableWidget* visits = page->visitsTable();
    QTRY_VERIFY(visits->isVisible());
    ASSERT_GT(visits->rowCount(), 0);
    EXPECT_EQ(visits->rowCount(), locations.series.front().points.front().n);

    // A visit: its report opens (read-only: it is approved), and is closed again.
    QSignalSpy asked(page, &ChartsPage::reportRequested);
    bool reportOpened = false;
    QTimer::singleShot(0, &m_window, [&reportOpened] {
        auto* dialog = qobject_cast<ReportEntryDialog*>(QApplication::activeModalWidget());
        reportOpened = dialog != nullptr;
        if (dialog)
            dialog->reject();
    });
    visits->setCurrentCell(0, 0);
    QTest::keyClick(visits, Qt::Key_Return);
    EXPECT_TRUE(reportOpened);
    ASSERT_EQ(asked.count(), 1);
    const qint64 visit = asked.first().first().toLongLong();
    EXPECT_EQ(scalar(m_file, QStringLiteral("SELECT l.code FROM visit v JOIN location l ON l.id = v.location_id WHERE v.id = %1")
                               .arg(visit))
                  .toString(),
              location);
    EXPECT_EQ(scalar(m_file, QStringLiteral("SELECT status FROM visit WHERE id = %1").arg(visit)).toString(),
              QStringLiteral("approved"));

    // Back, twice: the locations, then the dashboard.
    QTest::keyClick(page, Qt::Key_Left, Qt::AltModifier);
    QTRY_VERIFY(page->chartWidget()->isVisible());
    QTest::keyClick(page, Qt::Key_Left, Qt::AltModifier);
    QTRY_VERIFY(page->dashboardWidget()->isVisible());
}

TEST_F(ChartsPageTest, SwitchingViewsAndFiltersRedraws)
{
    ChartsPage* page = m_page;
    for (const ChartViews::View view : ChartViews::all()) {
        page->showView(int(view));
        ASSERT_TRUE(page->currentChart().has_value()) << ChartViews::key(view).toStdString();
        EXPECT_EQ(page->currentChart()->view, view);
        EXPECT_FALSE(page->currentChart()->isEmpty()) << ChartViews::key(view).toStdString();
    }
    page->showView(int(ChartViews::View::ByLocation));
    // A click on a region's bar in the chart itself redraws that very chart with the region's
    // locations (after the click is over: the chart is not deleted inside its own event).
    const QString region = page->currentChart()->categories.front().code;
    clickBar(page->chartWidget(), 0);
    QTRY_VERIFY(page->currentChart() && page->currentChart()->categoryDimension == ResultsQuery::Dimension::Location);
    EXPECT_TRUE(page->breadcrumb().contains(region));
    QTest::keyClick(page, Qt::Key_Left, Qt::AltModifier);
    QTRY_VERIFY(page->currentChart() && page->currentChart()->categoryDimension == ResultsQuery::Dimension::Region);
    auto* channel = page->findChild<QComboBox*>(QStringLiteral("chartChannel"));
    ASSERT_NE(channel, nullptr);
    const int call = channel->findData(QStringLiteral("call"));
    ASSERT_GE(call, 0);
    channel->setCurrentIndex(call);
    ASSERT_TRUE(page->currentChart().has_value());
    EXPECT_TRUE(page->currentChart()->subtitle.contains(QStringLiteral("call")));
    qint64 base = 0;
    for (const ChartData::Point& point : page->currentChart()->series.front().points)
        base += point.n;
    const QString wave = page->findChild<QComboBox*>(QStringLiteral("chartWave"))->currentData().toString();
    EXPECT_EQ(base, scalar(m_file, QStringLiteral("SELECT count(*) FROM visit v JOIN location l ON l.id = v.location_id "
                                                "JOIN wave w ON w.id = v.wave_id JOIN response r ON r.visit_id = v.id "
                                                "JOIN visit_score s ON s.response_id = r.id WHERE v.status = 'approved' "
                                                "AND s.score IS NOT NULL AND l.channel = 'call' AND w.code = '%1'")
                                     .arg(wave))
                        .toLongLong());
    EXPECT_GT(base, 0);
}

TEST_F(ChartsPageTest, CopyPutsTheChartOnTheClipboard)
{
    ChartsPage* page = m_page;
    page->showView(int(ChartViews::View::Sections));
    QGuiApplication::clipboard()->clear();
    QPushButton* copy = nullptr;
    for (QPushButton* button : page->findChildren<QPushButton*>())
        if (button->text().remove(QLatin1Char('&')) == QStringLiteral("Copy"))
            copy = button;
    ASSERT_NE(copy, nullptr);
    ASSERT_TRUE(copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    const QImage image = QGuiApplication::clipboard()->image();
    EXPECT_EQ(image.size(), QSize(1600, 1000));
    const QMimeData* data = QGuiApplication::clipboard()->mimeData();
    ASSERT_NE(data, nullptr);
    EXPECT_TRUE(data->data(QStringLiteral("image/svg+xml")).contains("<svg"));
}
