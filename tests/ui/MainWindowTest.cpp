#include "areas/AreaPage.h"
#include "areas/ProgrammePage.h"
#include "areas/TablePanel.h"
#include "commands/UndoStack.h"
#include "mainwindow/MainWindow.h"
#include "models/AreaTableModel.h"
#include "models/QuestionnaireTreeModel.h"
#include "project/Project.h"
#include "questionnaire/QuestionnairePage.h"
#include "support/TestProject.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_window));
    }
    // Waits until the overview's counts have been read on the worker thread.
    void waitForCounts()
    {
        if (m_window.programmePage()->isSummaryLoading()) {
            QSignalSpy loaded(m_window.programmePage(), &ProgrammePage::summaryLoaded);
            ASSERT_TRUE(loaded.wait(20000));
        }
    }
    TestFolder m_folder;
    MainWindow m_window;
};

TEST_F(MainWindowTest, WithoutAProgrammeTheWelcomePageOffersTheWayIn)
{
    EXPECT_EQ(m_window.project(), nullptr);
    EXPECT_EQ(m_window.windowTitle(), QStringLiteral("ShopScope"));
    EXPECT_FALSE(m_window.undoAction()->isEnabled());
    EXPECT_FALSE(m_window.navigator()->isVisible());
}

TEST_F(MainWindowTest, WalksEveryAreaOfTheDemoProgramme)
{
    const QString file = m_folder.demoCopy(QStringLiteral("Nordbank demo.shopscope"));
    ASSERT_TRUE(m_window.openFile(file));
    EXPECT_TRUE(m_window.windowTitle().startsWith(QStringLiteral("Nordbank demo.shopscope")));
    ASSERT_EQ(m_window.navigator()->count(), 7);
    EXPECT_EQ(m_window.currentArea(), m_window.programmePage());
    waitForCounts();
    EXPECT_TRUE(m_window.programmePage()->countsLabel()->text().contains(QStringLiteral("1,500")))
        << m_window.programmePage()->countsLabel()->text().toStdString();
    EXPECT_EQ(m_window.programmePage()->clientEdit()->text(), QStringLiteral("Nordbank"));

    // Walk the navigator with the keyboard, as a user would.
    m_window.navigator()->setFocus();
    QTest::keyClick(m_window.navigator(), Qt::Key_Down);
    ASSERT_EQ(m_window.currentArea(), static_cast<QWidget*>(m_window.questionnairePage()));
    EXPECT_EQ(m_window.questionnairePage()->treeModel()->rowCount(), 6) << "the demo form's six sections";
    for (int row = 2; row < m_window.navigator()->count(); ++row) {
        QTest::keyClick(m_window.navigator(), Qt::Key_Down);
        auto* page = qobject_cast<AreaPage*>(m_window.currentArea());
        ASSERT_NE(page, nullptr) << row;
        EXPECT_EQ(page->title(), m_window.navigator()->item(row)->text());
        for (TablePanel* panel : page->panels()) {
            EXPECT_GT(panel->model()->rowCount(), 0) << page->title().toStdString();
            EXPECT_FALSE(panel->countLabel()->text().isEmpty());
        }
        // The page shows its first table, or its first tab (Charts & reports opens on its charts).
        QWidget* shown = page->tabs() ? page->tabs()->currentWidget() : page->panels().first()->view();
        EXPECT_TRUE(shown->isVisible()) << page->title().toStdString();
    }
}

TEST_F(MainWindowTest, SearchNarrowsAnAreaTable)
{
    ASSERT_TRUE(m_window.openFile(m_folder.demoCopy(QStringLiteral("demo.shopscope"))));
    m_window.navigator()->setCurrentRow(2); // Locations & scenarios
    auto* page = qobject_cast<AreaPage*>(m_window.currentArea());
    ASSERT_NE(page, nullptr);
    TablePanel* locations = page->panels().first();
    const int before = locations->model()->rowCount();
    // QTest types ASCII only; an input method or a paste delivers "ī" like this.
    locations->searchField()->insert(QStringLiteral("Rīga"));
    QTRY_VERIFY_WITH_TIMEOUT(locations->model()->searchText() == QStringLiteral("Rīga"), 3000);
    EXPECT_GT(locations->model()->rowCount(), 0);
    EXPECT_LT(locations->model()->rowCount(), before);
    EXPECT_TRUE(locations->countLabel()->text().contains(QStringLiteral("match")));
    QTest::keyClicks(locations->searchField(), QStringLiteral("zzzz"));
    QTRY_VERIFY_WITH_TIMEOUT(locations->model()->rowCount() == 0, 3000);
    EXPECT_TRUE(locations->findChild<QLabel*>(QStringLiteral("emptyState"))->isVisible());
}

TEST_F(MainWindowTest, EditingASettingIsSavedAndUndoable)
{
    const QString file = m_folder.demoCopy(QStringLiteral("demo.shopscope"));
    ASSERT_TRUE(m_window.openFile(file));
    QLineEdit* client = m_window.programmePage()->clientEdit();
    client->setFocus();
    client->selectAll();
    QTest::keyClicks(client, QStringLiteral("Swedbank Latvija"));
    QTest::keyClick(client, Qt::Key_Return);
    EXPECT_EQ(scalar(file, QStringLiteral("SELECT client_name FROM programme")).toString(), QStringLiteral("Swedbank Latvija"));
    ASSERT_TRUE(m_window.undoAction()->isEnabled());
    EXPECT_TRUE(m_window.undoAction()->text().contains(QStringLiteral("client")));

    m_window.undoAction()->trigger();
    EXPECT_EQ(scalar(file, QStringLiteral("SELECT client_name FROM programme")).toString(), QStringLiteral("Nordbank"));
    EXPECT_EQ(client->text(), QStringLiteral("Nordbank"));
    EXPECT_TRUE(m_window.redoAction()->isEnabled());
    m_window.redoAction()->trigger();
    EXPECT_EQ(client->text(), QStringLiteral("Swedbank Latvija"));
}

TEST_F(MainWindowTest, ABadValueIsExplainedAndNotSaved)
{
    const QString file = m_folder.demoCopy(QStringLiteral("demo.shopscope"));
    ASSERT_TRUE(m_window.openFile(file));
    QLineEdit* name = m_window.programmePage()->programmeEdit();
    name->setFocus();
    name->selectAll();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::keyClicks(name, QString(201, QLatin1Char('x')));
    QTest::keyClick(name, Qt::Key_Return);
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("200 characters"))) << MessageBox::lastText().toStdString();
    EXPECT_EQ(scalar(file, QStringLiteral("SELECT programme_name FROM programme")).toString(),
              QStringLiteral("Nordbank service quality 2026"));
    EXPECT_FALSE(m_window.undoAction()->isEnabled());
}

TEST_F(MainWindowTest, ABadFileIsRefusedWithItsReason)
{
    const QString text = m_folder.writeFile(QStringLiteral("locations.csv"), QByteArray("code;name\n1;Rīga\n"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(m_window.openFile(text));
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("not an SQLite database"))) << MessageBox::lastText().toStdString();
    EXPECT_EQ(m_window.project(), nullptr);
}

TEST_F(MainWindowTest, ALockedFileCanBeOpenedReadOnly)
{
    const QString file = m_folder.demoCopy(QStringLiteral("demo.shopscope"));
    ProjectError error;
    auto other = Project::open(file, Project::Mode::ReadWrite, &error); // "another window"
    ASSERT_TRUE(other);
    MessageBox::setNextAnswer(QMessageBox::Open);
    ASSERT_TRUE(m_window.openFile(file));
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("already open")));
    EXPECT_TRUE(m_window.project()->isReadOnly());
    EXPECT_TRUE(m_window.windowTitle().contains(QStringLiteral("read-only")));
    EXPECT_FALSE(m_window.programmePage()->clientEdit()->isEnabled());
}

TEST_F(MainWindowTest, ClosingReturnsToTheWelcomePage)
{
    ASSERT_TRUE(m_window.openFile(m_folder.demoCopy(QStringLiteral("demo.shopscope"))));
    waitForCounts();
    m_window.closeProject();
    EXPECT_EQ(m_window.project(), nullptr);
    EXPECT_EQ(m_window.windowTitle(), QStringLiteral("ShopScope"));
    EXPECT_FALSE(m_window.navigator()->isVisible());
}
