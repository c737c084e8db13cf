#include "areas/AreaPage.h"
#include "areas/FilterBar.h"
#include "areas/TablePanel.h"
#include "mainwindow/MainWindow.h"
#include "models/AreaTableModel.h"
#include "planning/LocationDialog.h"
#include "project/Project.h"
#include "shoppers/ShopperActions.h"
#include "shoppers/ShopperDialog.h"
#include "shoppers/ShopperExportDialog.h"
#include "shoppers/VisitHistoryView.h"
#include "support/TestProject.h"
#include "widgets/MessageBox.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStatusBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

// The Shoppers table in the real window: its actions, filters, the shopper editor with undo, the
// export that asks about personal data, and visit histories in the shopper and location editors.
class ShopperPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_window.resize(1300, 800);
        m_window.show();
        ASSERT_TRUE(m_window.openFile(m_file));
        m_window.navigator()->setCurrentRow(4); // Shoppers & assignment
        auto* page = qobject_cast<AreaPage*>(m_window.currentArea());
        ASSERT_NE(page, nullptr);
        m_shoppers = page->panels().first();
        ASSERT_EQ(m_shoppers->model()->table(), AreaTables::Shoppers);
        m_actions = m_window.findChild<ShopperActions*>();
        ASSERT_NE(m_actions, nullptr);
    }
    QString text(const QString& sql) const { return scalar(m_file, sql).toString(); }
    qint64 count(const QString& sql) const { return scalar(m_file, sql).toLongLong(); }
    QString busyShopper() const
    {
        return text(QStringLiteral("SELECT s.code FROM shopper s JOIN visit v ON v.shopper_id = s.id "
                                   "GROUP BY s.id ORDER BY count(*) DESC, s.code LIMIT 1"));
    }

    TestFolder m_folder;
    QString m_file = m_folder.demoCopy(QStringLiteral("demo.shopscope"));
    MainWindow m_window;
    TablePanel* m_shoppers = nullptr;
    ShopperActions* m_actions = nullptr;
};

TEST_F(ShopperPanelTest, TheTableOffersItsActionsAndFilters)
{
    QStringList buttons;
    for (QAction* action : m_shoppers->view()->actions())
        buttons << action->text();
    EXPECT_EQ(buttons, (QStringList{QStringLiteral("Add…"), QStringLiteral("Edit…"), QStringLiteral("Delete"),
                                    QStringLiteral("Import CSV…"), QStringLiteral("Export CSV…")}))
        << "the context menu holds the table's actions";
    EXPECT_EQ(m_shoppers->view()->contextMenuPolicy(), Qt::ActionsContextMenu);

    FilterBar* filters = m_shoppers->filterBar();
    ASSERT_NE(filters, nullptr);
    for (const char* name : {"status", "city", "language", "tag"})
        ASSERT_NE(filters->combo(QString::fromLatin1(name)), nullptr) << name;
    QComboBox* status = filters->combo(QStringLiteral("status"));
    const int paused = status->findText(QStringLiteral("Paused"));
    ASSERT_GE(paused, 0);
    status->setCurrentIndex(paused);
    emit status->activated(paused);
    QComboBox* language = filters->combo(QStringLiteral("language"));
    const int russian = language->findText(QStringLiteral("ru"));
    ASSERT_GE(russian, 0);
    language->setCurrentIndex(russian);
    emit language->activated(russian);
    EXPECT_EQ(m_shoppers->model()->matchingRowCount(),
              count(QStringLiteral("SELECT count(*) FROM shopper s WHERE status = 'paused' AND EXISTS "
                                   "(SELECT 1 FROM shopper_language x WHERE x.shopper_id = s.id AND x.language = 'ru')")));
}

TEST_F(ShopperPanelTest, EditingAShopperIsOneUndoStep)
{
    const QString code = text(QStringLiteral("SELECT min(code) FROM shopper"));
    const QString before = text(QStringLiteral("SELECT full_name FROM shopper_personal WHERE shopper_id = (SELECT id FROM shopper WHERE code = '%1')").arg(code));
    const QString location = text(QStringLiteral("SELECT min(code) FROM location"));
    {
        ShopperDialog dialog(m_window.project(), code, &m_window);
        EXPECT_TRUE(dialog.field(QStringLiteral("code"))->isReadOnly()) << "the code is how imports find the shopper again";
        EXPECT_EQ(dialog.field(QStringLiteral("name"))->text(), before);
        QLineEdit* name = dialog.field(QStringLiteral("name"));
        name->selectAll();
        name->insert(QStringLiteral("Ģirts Ķēniņš-Żółkiewski")); // as typed (QTest types Latin-1 keys only)
        dialog.statusCombo()->setCurrentIndex(dialog.statusCombo()->findData(QStringLiteral("paused")));
        QTest::mouseClick(dialog.addPeriodButton(), Qt::LeftButton);
        ASSERT_EQ(dialog.periodTable()->rowCount(), 1);
        qobject_cast<QDateEdit*>(dialog.periodTable()->cellWidget(0, 0))->setDate(QDate(2026, 12, 24));
        qobject_cast<QDateEdit*>(dialog.periodTable()->cellWidget(0, 1))->setDate(QDate(2027, 1, 2));
        const int conflicts = dialog.conflictTable()->rowCount();
        QTest::mouseClick(dialog.addLocationConflictButton(), Qt::LeftButton);
        auto* target = qobject_cast<QLineEdit*>(dialog.conflictTable()->cellWidget(conflicts, 1));
        ASSERT_NE(target, nullptr);
        QTest::keyClicks(target, location);
        EXPECT_EQ(dialog.conflictTable()->item(conflicts, 2)->text(),
                  text(QStringLiteral("SELECT name FROM location WHERE code = '%1'").arg(location)))
            << "the chosen location is named as its code is typed";
        ASSERT_TRUE(dialog.save()) << dialog.problemLabel()->text().toStdString();
    }
    EXPECT_EQ(text(QStringLiteral("SELECT full_name FROM shopper_personal WHERE shopper_id = (SELECT id FROM shopper WHERE code = '%1')").arg(code)),
              QStringLiteral("Ģirts Ķēniņš-Żółkiewski"));
    EXPECT_EQ(text(QStringLiteral("SELECT status FROM shopper WHERE code = '%1'").arg(code)), QStringLiteral("paused"));
    EXPECT_EQ(text(QStringLiteral("SELECT to_date FROM shopper_unavailable WHERE shopper_id = (SELECT id FROM shopper WHERE code = '%1')").arg(code)),
              QStringLiteral("2027-01-02"));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM shopper_conflict c JOIN location l ON l.id = c.location_id "
                                   "WHERE l.code = '%1' AND c.shopper_id = (SELECT id FROM shopper WHERE code = '%2')").arg(location, code)),
              1);
    EXPECT_EQ(m_window.undoAction()->text(), QStringLiteral("&Undo Edit shopper %1").arg(code));

    m_window.undoAction()->trigger();
    EXPECT_EQ(text(QStringLiteral("SELECT full_name FROM shopper_personal WHERE shopper_id = (SELECT id FROM shopper WHERE code = '%1')").arg(code)),
              before);
    EXPECT_EQ(text(QStringLiteral("SELECT status FROM shopper WHERE code = '%1'").arg(code)), QStringLiteral("active"));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM shopper_unavailable WHERE shopper_id = (SELECT id FROM shopper WHERE code = '%1')").arg(code)), 0);
}

TEST_F(ShopperPanelTest, ProblemsAreShownOnTheirTabAndNothingIsWritten)
{
    ShopperDialog dialog(m_window.project(), QString(), &m_window);
    EXPECT_TRUE(dialog.history()->summaryLabel()->text().startsWith(QStringLiteral("No visits yet")));
    QTest::keyClicks(dialog.field(QStringLiteral("code")), QStringLiteral("NEW-001"));
    QTest::keyClicks(dialog.field(QStringLiteral("email")), QStringLiteral("anna@"));
    QTest::keyClicks(dialog.field(QStringLiteral("languages")), QStringLiteral("lv, Latvian"));
    dialog.latitudeSpin()->setValue(56.95);
    EXPECT_FALSE(dialog.save());
    const QString problems = dialog.problemLabel()->text();
    EXPECT_TRUE(problems.contains(QStringLiteral("E-mail: “anna@” is not an e-mail address"))) << problems.toStdString();
    EXPECT_TRUE(problems.contains(QStringLiteral("Longitude: a home needs both latitude and longitude, or neither"))) << problems.toStdString();
    EXPECT_TRUE(problems.contains(QStringLiteral("Languages: “latvian” is not a language code such as lv or en"))) << problems.toStdString();
    EXPECT_EQ(dialog.tabs()->currentIndex(), ShopperDialog::PersonalTab) << "the first problem, the e-mail, is on that tab";
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM shopper WHERE code = 'NEW-001'")), 0);

    dialog.field(QStringLiteral("email"))->setText(QStringLiteral("anna@example.lv"));
    EXPECT_FALSE(dialog.save());
    EXPECT_EQ(dialog.tabs()->currentIndex(), ShopperDialog::ProfileTab) << "then the languages and coordinates";
    EXPECT_FALSE(dialog.problemLabel()->text().contains(QStringLiteral("E-mail")));
    dialog.latitudeSpin()->setValue(dialog.latitudeSpin()->minimum());
    dialog.field(QStringLiteral("languages"))->setText(QStringLiteral("lv"));
    ASSERT_TRUE(dialog.save()) << dialog.problemLabel()->text().toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM shopper WHERE code = 'NEW-001'")), 1);
}

TEST_F(ShopperPanelTest, TheVisitsOfAShopperAndOfALocationAreShown)
{
    const QString code = busyShopper();
    const qint64 visits = count(QStringLiteral("SELECT count(*) FROM visit WHERE shopper_id = (SELECT id FROM shopper WHERE code = '%1')").arg(code));
    ShopperDialog dialog(m_window.project(), code, &m_window);
    VisitHistoryView* history = dialog.history();
    QAbstractItemModelTester tester(history->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_EQ(history->model()->rowCount(), visits);
    EXPECT_TRUE(history->summaryLabel()->text().startsWith(QStringLiteral("%1 visit").arg(visits))) << history->summaryLabel()->text().toStdString();
    const QString newestLocation = history->model()->index(0, VisitHistoryModel::WhoColumn).data(Qt::EditRole).toString();
    EXPECT_TRUE(history->model()->index(0, VisitHistoryModel::WhoColumn).data().toString().startsWith(newestLocation + QStringLiteral(" · ")));

    LocationDialog location(m_window.project(), newestLocation, &m_window);
    ASSERT_NE(location.history(), nullptr);
    EXPECT_EQ(location.history()->model()->rowCount(),
              count(QStringLiteral("SELECT count(*) FROM visit WHERE location_id = (SELECT id FROM location WHERE code = '%1')").arg(newestLocation)));
    bool named = false;
    for (int row = 0; row < location.history()->model()->rowCount(); ++row)
        named = named || location.history()->model()->index(row, VisitHistoryModel::WhoColumn).data().toString() == code;
    EXPECT_TRUE(named) << "a location's visits name their shoppers by code";
    EXPECT_EQ(location.tabs()->tabText(location.tabs()->count() - 1), QStringLiteral("V&isits"));
}

TEST_F(ShopperPanelTest, DeletingAShopperWithVisitsIsRefusedWithTheReason)
{
    const QString code = busyShopper();
    AreaTableModel* model = m_shoppers->model();
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r)
        if (model->index(r, 0).data().toString() == code)
            row = r;
    ASSERT_GE(row, 0);
    m_shoppers->view()->selectRow(row);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    for (QAction* action : m_shoppers->view()->actions())
        if (action->text() == QLatin1String("Delete"))
            action->trigger();
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("pause or block the shopper instead of deleting")))
        << MessageBox::lastText().toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM shopper WHERE code = '%1'").arg(code)), 1);
}

TEST_F(ShopperPanelTest, ExportAsksBeforeWritingPersonalData)
{
    const QString path = m_folder.path(QStringLiteral("panel.csv"));
    {
        ShopperExportDialog dialog(path, 400);
        EXPECT_FALSE(dialog.personalCheck()->isChecked()) << "personal data is left out by default";
        EXPECT_TRUE(dialog.warningLabel()->isHidden());
        QTest::mouseClick(dialog.personalCheck(), Qt::LeftButton);
        EXPECT_FALSE(dialog.warningLabel()->isHidden()) << "ticking it warns";
        EXPECT_TRUE(dialog.warningLabel()->text().contains(QStringLiteral("never send it to a client")));
    }
    // Through the window: export as the dialog comes up, without personal data.
    QTimer::singleShot(200, [] {
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (auto* dialog = qobject_cast<ShopperExportDialog*>(widget))
                QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    });
    ASSERT_TRUE(m_actions->exportTo(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF" "code;birth_year;")) << bytes.left(60).constData();
    EXPECT_FALSE(bytes.contains('@')) << "no e-mail address";
    EXPECT_TRUE(m_window.statusBar()->currentMessage().endsWith(QStringLiteral("without personal data")));

    QTimer::singleShot(200, [] {
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (auto* dialog = qobject_cast<ShopperExportDialog*>(widget)) {
                dialog->personalCheck()->setChecked(true);
                QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
            }
    });
    ASSERT_TRUE(m_actions->exportTo(path));
    file.close();
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().startsWith("\xEF\xBB\xBF" "code;name;email;phone;address;postcode;"));
}
