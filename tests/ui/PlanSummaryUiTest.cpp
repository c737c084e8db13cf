#include "areas/AreaPage.h"
#include "areas/TablePanel.h"
#include "commands/ProgrammeCommands.h"
#include "commands/WaveCommands.h"
#include "mainwindow/MainWindow.h"
#include "planning/PlanSummaryModel.h"
#include "planning/PlanSummaryView.h"
#include "planning/SampleSizeCalculator.h"
#include "project/Project.h"
#include "support/PlanProject.h"
#include "support/TestProject.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>
#include <ostream>

// Failures print the text, not UTF-16 code units.
static void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace {

class PlanSummaryUiTest : public ::testing::Test
{
protected:
    // Opens the file and shows the "Plan summary" tab of "Waves & sample", read and shown.
    PlanSummaryView* openSummary(const QString& file)
    {
        m_window.resize(1300, 800);
        m_window.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&m_window));
        EXPECT_TRUE(m_window.openFile(file));
        m_window.navigator()->setCurrentRow(3);
        auto* page = qobject_cast<AreaPage*>(m_window.currentArea());
        EXPECT_NE(page, nullptr);
        auto* view = page->findChild<PlanSummaryView*>();
        EXPECT_NE(view, nullptr);
        EXPECT_EQ(page->tabs()->tabText(page->tabs()->indexOf(view)), QStringLiteral("Plan summary"));
        QSignalSpy loaded(view, &PlanSummaryView::loaded);
        page->tabs()->setCurrentWidget(view);
        EXPECT_TRUE(view->isLoading()) << "the summary is read when its tab is first shown";
        EXPECT_TRUE(loaded.wait(20000));
        return view;
    }

    // Waits for the read that the last change started.
    static void waitForLoad(PlanSummaryView* view)
    {
        QSignalSpy loaded(view, &PlanSummaryView::loaded);
        if (view->isLoading()) {
            ASSERT_TRUE(loaded.wait(20000));
        }
        ASSERT_FALSE(view->isLoading());
    }

    static QString text(PlanSummaryView* view, int row, int column)
    {
        return view->model()->index(row, column).data().toString();
    }

    static int totalRow(PlanSummaryView* view) { return view->model()->rowCount() - 1; }

    TestFolder m_folder;
    MainWindow m_window;
};

} // namespace

TEST_F(PlanSummaryUiTest, ShowsTheWavesCellsTotalsAndFlags)
{
    PlanSummaryView* view = openSummary(writePlanProject(m_folder.path(QStringLiteral("plan.shopscope"))));
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    PlanSummaryModel* model = view->model();

    // The first wave being planned, grouped by region and scenario.
    EXPECT_EQ(view->waveChooser()->currentText(), QStringLiteral("W2027-01 — January 2027"));
    EXPECT_FALSE(view->groupCheckBox(PlanSummary::Wave)->isEnabled())
        << "one wave: grouping by wave means nothing";
    QStringList headers;
    for (int column = 0; column < model->columnCount(); ++column)
        headers << model->headerData(column, Qt::Horizontal).toString();
    EXPECT_EQ(headers,
              QStringList({ QStringLiteral("Country"), QStringLiteral("Region"), QStringLiteral("Scenario"),
                            QStringLiteral("Visits"), QStringLiteral("Budget"), QStringLiteral("Precision"),
                            QStringLiteral("Report") }));
    ASSERT_EQ(model->rowCount(), 5);
    EXPECT_EQ(text(view, 1, 1), QStringLiteral("Rīga"));
    EXPECT_EQ(text(view, 1, 2), QStringLiteral("MORTGAGE"));
    EXPECT_EQ(text(view, 1, 3), QStringLiteral("5"));
    EXPECT_EQ(text(view, 1, 4), QStringLiteral("177.50"));
    EXPECT_EQ(text(view, 1, 5), QStringLiteral("±35.1 pts"));
    EXPECT_EQ(text(view, 1, 6), QString());
    EXPECT_EQ(text(view, 3, 1), QStringLiteral("(no region)"));

    // The totals row: all twelve planned visits of the wave; the cancelled one costs nothing.
    const int total = totalRow(view);
    EXPECT_EQ(text(view, total, 0), QStringLiteral("Total"));
    EXPECT_EQ(text(view, total, 3), QStringLiteral("12"));
    EXPECT_EQ(text(view, total, 4), QStringLiteral("285.00"));
    EXPECT_EQ(text(view, total, 5), QStringLiteral("±22.6 pts"));
    EXPECT_TRUE(model->index(total, 0).data(Qt::FontRole).value<QFont>().bold());

    // Kurzeme's 4 visits are below the threshold of 5: flagged in words and in colour, on screen.
    EXPECT_EQ(text(view, 0, 1), QStringLiteral("Kurzeme"));
    EXPECT_EQ(text(view, 0, 6), QStringLiteral("⚠ Too small to report"));
    QTableView* table = view->table();
    const QImage shot = table->viewport()->grab().toImage();
    const qreal ratio = shot.devicePixelRatio();
    auto colourAt = [&](int row) {
        const QRect rect = table->visualRect(model->index(row, 0));
        return shot.pixelColor(int((rect.left() + 3) * ratio), int((rect.top() + 3) * ratio));
    };
    EXPECT_EQ(colourAt(0), PlanSummaryModel::tooSmallColour());
    EXPECT_NE(colourAt(1), PlanSummaryModel::tooSmallColour()) << "Rīga's 5 visits are enough";
    EXPECT_TRUE(view->legendLabel()->isVisible());
    EXPECT_TRUE(view->legendLabel()->text().contains(QStringLiteral("small-base threshold (5")))
        << view->legendLabel()->text().toStdString();
    // Readings per wave: 4 regions, 3 of them too small; 5 locations, all too small.
    EXPECT_TRUE(view->levelsLabel()->text().contains(
        QStringLiteral("<td>Regions</td><td align='right'>&nbsp;4</td>")))
        << view->levelsLabel()->text().toStdString();

    // Sorting by visits keeps the totals row last.
    table->horizontalHeader()->setSortIndicator(model->figureColumn(PlanSummaryModel::Visits),
                                                Qt::DescendingOrder);
    EXPECT_EQ(text(view, 0, 3), QStringLiteral("5"));
    EXPECT_EQ(text(view, 3, 3), QStringLiteral("1"));
    EXPECT_EQ(text(view, totalRow(view), 0), QStringLiteral("Total"));
}

TEST_F(PlanSummaryUiTest, AllWavesGroupingAndEmptyWave)
{
    PlanSummaryView* view = openSummary(writePlanProject(m_folder.path(QStringLiteral("plan.shopscope"))));
    // All waves, by wave only.
    QComboBox* wave = view->waveChooser();
    wave->setCurrentIndex(wave->findText(QStringLiteral("All waves")));
    emit wave->activated(wave->currentIndex());
    waitForLoad(view);
    EXPECT_TRUE(view->groupCheckBox(PlanSummary::Wave)->isEnabled());
    view->groupCheckBox(PlanSummary::Region)->click();
    waitForLoad(view);
    view->groupCheckBox(PlanSummary::Scenario)->click();
    waitForLoad(view);
    ASSERT_EQ(view->model()->rowCount(), 3);
    EXPECT_EQ(text(view, 1, 0), QStringLiteral("W2027-02"));
    EXPECT_EQ(text(view, 1, 1), QStringLiteral("5"));
    EXPECT_EQ(text(view, 2, 1), QStringLiteral("17"));
    EXPECT_EQ(text(view, 2, 2), QStringLiteral("462.50"));

    // A new wave (an edit: the page refreshes) has no visits yet: the empty state says so.
    QString error;
    ASSERT_TRUE(Command::addWaves(m_window.project(),
                                  { { QStringLiteral("W2027-03"), QStringLiteral("March 2027"),
                                      QDate(2027, 3, 1), QDate(2027, 3, 31) } },
                                  &error))
        << error.toStdString();
    waitForLoad(view);
    const int march = wave->findText(QStringLiteral("W2027-03 — March 2027"));
    ASSERT_GE(march, 0);
    EXPECT_EQ(wave->currentText(), QStringLiteral("All waves")) << "the user's choice stays";
    wave->setCurrentIndex(march);
    emit wave->activated(march);
    waitForLoad(view);
    EXPECT_TRUE(view->emptyLabel()->isVisible());
    EXPECT_FALSE(view->table()->isVisible());
    EXPECT_TRUE(view->emptyLabel()->text().startsWith(
        QStringLiteral("No visits are planned in W2027-03 (March 2027) yet.")))
        << view->emptyLabel()->text().toStdString();
}

TEST_F(PlanSummaryUiTest, RefreshesWhenTheThresholdChanges)
{
    PlanSummaryView* view = openSummary(writePlanProject(m_folder.path(QStringLiteral("plan.shopscope"))));
    EXPECT_TRUE(view->model()->index(0, 0).data(PlanSummaryModel::TooSmallRole).toBool());
    QString error;
    ASSERT_TRUE(Command::setProgrammeField(m_window.project(), ProgrammeField::SmallBaseThreshold, 4, &error))
        << error.toStdString();
    waitForLoad(view);
    EXPECT_EQ(text(view, 0, 1), QStringLiteral("Kurzeme"));
    EXPECT_FALSE(view->model()->index(0, 0).data(PlanSummaryModel::TooSmallRole).toBool())
        << "4 visits are enough now";
    EXPECT_TRUE(view->legendLabel()->text().contains(QStringLiteral("small-base threshold (4")));
}

TEST_F(PlanSummaryUiTest, SampleSizesStartFromTheSelectedCell)
{
    PlanSummaryView* view = openSummary(writePlanProject(m_folder.path(QStringLiteral("plan.shopscope"))));
    view->table()->selectRow(1); // Rīga, 5 visits
    QTest::mouseClick(view->sampleSizesButton(), Qt::LeftButton);
    auto* dialog = view->findChild<QDialog*>(QStringLiteral("sampleSizeDialog"));
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    auto* calculator = dialog->findChild<SampleSizeCalculator*>();
    ASSERT_NE(calculator, nullptr);
    EXPECT_EQ(calculator->findChild<QSpinBox*>(QStringLiteral("sampleSize"))->value(), 5);
    EXPECT_EQ(calculator->smallBaseThreshold(), 5);
    EXPECT_EQ(calculator->findChild<QLabel*>(QStringLiteral("margin"))->text(),
              QStringLiteral("±35.1 points at 95 %"));
    dialog->close();
}

TEST_F(PlanSummaryUiTest, TotalsOfTheDemoProgrammeMatchItsVisits)
{
    const QString file = m_folder.demoCopy(QStringLiteral("demo.shopscope"));
    PlanSummaryView* view = openSummary(file);
    QComboBox* wave = view->waveChooser();
    wave->setCurrentIndex(wave->findText(QStringLiteral("All waves")));
    emit wave->activated(wave->currentIndex());
    waitForLoad(view);
    const int total = totalRow(view);
    const QLocale locale;
    const qint64 visits
        = scalar(file, QStringLiteral("SELECT count(*) FROM visit WHERE status <> 'cancelled'")).toLongLong();
    const double budget
        = scalar(file,
                 QStringLiteral("SELECT sum(s.fee) FROM visit v JOIN scenario s ON s.id = v.scenario_id "
                                "WHERE v.status <> 'cancelled'"))
              .toDouble();
    ASSERT_GT(visits, 1000);
    EXPECT_EQ(text(view, total, view->model()->figureColumn(PlanSummaryModel::Visits)),
              locale.toString(visits));
    EXPECT_EQ(text(view, total, view->model()->figureColumn(PlanSummaryModel::Budget)),
              locale.toString(budget, 'f', 2));
}

TEST(AreaPageTabs, AViewJoinsAOneTablePageAsATab)
{
    AreaPage page(QStringLiteral("Results"), QStringLiteral("Reports."), { AreaTables::Responses });
    EXPECT_EQ(page.tabs(), nullptr);
    auto* view = new PlanSummaryView;
    page.addTab(view, QStringLiteral("Summary"));
    ASSERT_NE(page.tabs(), nullptr);
    ASSERT_EQ(page.tabs()->count(), 2);
    EXPECT_EQ(page.tabs()->widget(0), page.panels().first());
    EXPECT_EQ(page.tabs()->tabText(0), QStringLiteral("Reports"));
    EXPECT_EQ(page.tabs()->widget(1), view);
}
