#include "areas/AreaPage.h"
#include "areas/TablePanel.h"
#include "mainwindow/MainWindow.h"
#include "models/AreaTableModel.h"
#include "planning/WaveSeriesDialog.h"
#include "project/Project.h"
#include "support/TestProject.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QComboBox>
#include <QListWidget>
#include <QMenu>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QToolBar>

#include <gtest/gtest.h>

TEST(WaveSeriesDialog, PreviewsExactlyWhatWillBeCreated)
{
    WaveSeriesDialog dialog;
    dialog.setStart(QDate(2027, 2, 10));
    dialog.frequencyCombo()->setCurrentIndex(dialog.frequencyCombo()->findText(QStringLiteral("Quarterly")));
    dialog.countSpin()->setValue(4);
    ASSERT_EQ(dialog.previewList()->count(), 4);
    EXPECT_TRUE(dialog.previewList()->item(0)->text().startsWith(QStringLiteral("W2027-Q1   2027-01-01 – 2027-03-31")));
    ASSERT_EQ(dialog.waves().size(), 4u);
    EXPECT_EQ(dialog.waves().back().code, QStringLiteral("W2027-Q4"));
}

TEST(WavesPage, StatusActionActsOnTheSelectedWave)
{
    TestFolder folder;
    const QString file = folder.demoCopy(QStringLiteral("demo.shopscope"));
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.openFile(file));
    // Waves & sample is the fourth entry of the navigator.
    window.navigator()->setCurrentRow(3);
    auto* page = qobject_cast<AreaPage*>(window.currentArea());
    ASSERT_NE(page, nullptr);
    TablePanel* waves = page->panels().first();
    ASSERT_EQ(waves->model()->table(), AreaTables::Waves);
    // Select October 2026 (closed) and report it.
    int row = -1;
    for (int r = 0; r < waves->model()->rowCount(); ++r)
        if (waves->model()->index(r, 0).data().toString() == QLatin1String("W2026-10"))
            row = r;
    ASSERT_GE(row, 0);
    waves->view()->setCurrentIndex(waves->model()->index(row, 0));
    QAction* status = nullptr;
    for (QAction* action : waves->findChild<QToolBar*>()->actions())
        if (action->menu())
            status = action;
    ASSERT_NE(status, nullptr);
    QAction* reported = status->menu()->actions().value(3);
    ASSERT_EQ(reported->text(), QStringLiteral("Reported"));
    reported->trigger();
    EXPECT_EQ(scalar(file, QStringLiteral("SELECT status FROM wave WHERE code = 'W2026-10'")).toString(), QStringLiteral("reported"));
    EXPECT_TRUE(window.undoAction()->text().contains(QStringLiteral("W2026-10")));
    // Going back to planning from reported is two steps and is refused with the reason.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    status->menu()->actions().value(0)->trigger();
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("one step at a time"))) << MessageBox::lastText().toStdString();
}
