#include "mainwindow/MainWindow.h"
#include "project/Project.h"
#include "shoppers/ShopperActions.h"
#include "shoppers/ShopperImportDialog.h"
#include "support/TestProject.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

// Importing shoppers in the window: the dialog shared with the location import (detection,
// mapping, the dry run's problems), the write on a worker thread, one undo step.

namespace {
// A Latvian agency's panel from Excel: Windows-1257, ';', decimal commas; Ilze's rating and
// Pēteris's e-mail are wrong, and a name cell is a formula.
const QString kPanel = QStringLiteral("Kods;Vārds uzvārds;E-pasts;Pilsēta;Platums;Garums;Vērtējums\r\n"
                                      "LV-9001;Ģirts Ķēniņš;girts@example.lv;Rīga;56,9496;24,1052;4,5\r\n"
                                      "LV-9002;Ilze Kalniņa;ilze@example.lv;Jūrmala;56,9680;23,7704;7\r\n"
                                      "LV-9003;Pēteris Ozoliņš;peteris@;Liepāja;56,5047;21,0108;3\r\n"
                                      "LV-9004;=cmd|' /C calc'!A0;x@example.lv;Cēsis;57,3119;25,2706;4\r\n");

int fieldRow(ShopperFields::Field field)
{
    return int(field);
}

// Answers the modal dialog as a user would: presses the button once the dialog is up and checked
// (reading and checking run on a worker while the dialog is built, so it is looked for until then).
void clickWhenShown(const std::function<QPushButton*(ShopperImportDialog*)>& button)
{
    auto* user = new QTimer;
    QObject::connect(user, &QTimer::timeout, [user, button] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<ShopperImportDialog*>(widget);
            if (dialog && dialog->isVisible() && button(dialog)->isEnabled()) {
                user->stop();
                user->deleteLater();
                QTest::mouseClick(button(dialog), Qt::LeftButton);
                return;
            }
        }
    });
    user->start(20);
}
} // namespace

TEST(ShopperImportDialog, TheDryRunShowsWhatWasDetectedAndEveryProblem)
{
    TestFolder folder;
    ProjectError error;
    auto project = Project::create(folder.path(QStringLiteral("p.shopscope")), &error);
    ASSERT_TRUE(project);
    QStringEncoder windows1257("windows-1257");
    const QString path = folder.writeFile(QStringLiteral("panelis.csv"), windows1257(kPanel));
    ShopperImportDialog dialog(project.get(), path);
    ASSERT_TRUE(dialog.isReadable());
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Import shoppers from panelis.csv"));
    EXPECT_EQ(dialog.encodingCombo()->currentText(), QStringLiteral("Detect (windows-1257)"));
    EXPECT_TRUE(dialog.decimalCommaCheck()->isChecked());
    auto* name = qobject_cast<QComboBox*>(dialog.mappingTable()->cellWidget(fieldRow(ShopperFields::Name), 1));
    ASSERT_NE(name, nullptr);
    EXPECT_EQ(name->currentText(), QStringLiteral("Vārds uzvārds"));
    EXPECT_EQ(dialog.mappingTable()->item(fieldRow(ShopperFields::Name), 0)->text(), QStringLiteral("Name (personal)"));
    EXPECT_EQ(dialog.mappingTable()->item(fieldRow(ShopperFields::Code), 0)->text(), QStringLiteral("Code *"));

    QStringList problems;
    for (int i = 0; i < dialog.problemList()->count(); ++i)
        problems << dialog.problemList()->item(i)->text();
    EXPECT_EQ(problems, (QStringList{
                            QStringLiteral("line 3, column 7 (Vērtējums): must be from 0 to 5, not 7"),
                            QStringLiteral("line 4, column 3 (E-pasts): “peteris@” is not an e-mail address"),
                            QStringLiteral("line 5, column 2 (Vārds uzvārds): “=cmd|' /C calc'!A0” looks like a spreadsheet "
                                           "formula; it is kept as text (exports write it so that spreadsheets do not run it)"),
                        }));
    EXPECT_FALSE(dialog.importButton()->isEnabled()) << "all or nothing";
    EXPECT_FALSE(dialog.validRowsButton()->isHidden());
    EXPECT_TRUE(dialog.validRowsButton()->isEnabled());
    EXPECT_EQ(dialog.summaryLabel()->text(), QStringLiteral("2 new shopper(s), 0 updated by code, 0 unchanged, 3 problem(s)"));
    EXPECT_EQ(dialog.plan().inserts, 2);

    // Not importing the ratings and the e-mails leaves only the warning: the rows may go in.
    for (ShopperFields::Field field : {ShopperFields::Rating, ShopperFields::Email}) {
        auto* column = qobject_cast<QComboBox*>(dialog.mappingTable()->cellWidget(fieldRow(field), 1));
        column->setCurrentIndex(0);
        emit column->activated(0);
    }
    EXPECT_EQ(dialog.problemList()->count(), 1);
    EXPECT_TRUE(dialog.importButton()->isEnabled()) << "a warning does not stop the import";
    EXPECT_EQ(dialog.plan().inserts, 4);
    EXPECT_EQ(scalar(project->filePath(), QStringLiteral("SELECT count(*) FROM shopper")).toInt(), 0) << "a dry run writes nothing";
}

TEST(ShopperImportDialog, ImportsThroughTheWindowInOneUndoStepAndUpdatesOnTheNextImport)
{
    TestFolder folder;
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.openFile(folder.demoCopy(QStringLiteral("demo.shopscope"))));
    auto* actions = window.findChild<ShopperActions*>();
    ASSERT_NE(actions, nullptr);
    const QString file = window.project()->filePath();
    const int before = scalar(file, QStringLiteral("SELECT count(*) FROM shopper")).toInt();
    QStringEncoder windows1257("windows-1257");
    const QString path = folder.writeFile(QStringLiteral("panelis.csv"), windows1257(kPanel));

    clickWhenShown([](ShopperImportDialog* dialog) { return dialog->validRowsButton(); });
    ASSERT_TRUE(actions->importFrom(path));
    EXPECT_EQ(scalar(file, QStringLiteral("SELECT count(*) FROM shopper")).toInt(), before + 2);
    EXPECT_EQ(scalar(file, QStringLiteral("SELECT p.full_name FROM shopper s JOIN shopper_personal p ON p.shopper_id = s.id "
                                          "WHERE s.code = 'LV-9001'")).toString(),
              QStringLiteral("Ģirts Ķēniņš"));
    EXPECT_DOUBLE_EQ(scalar(file, QStringLiteral("SELECT rating FROM shopper WHERE code = 'LV-9001'")).toDouble(), 4.5);
    EXPECT_EQ(window.undoAction()->text(), QStringLiteral("&Undo Import shoppers from panelis.csv"));
    EXPECT_EQ(window.statusBar()->currentMessage(), QStringLiteral("Imported panelis.csv: 2 new, 0 updated, 0 unchanged"));

    // The same file again: the dialog says the two are unchanged and offers nothing to import.
    QString summary;
    bool importable = true;
    auto* user = new QTimer(&window);
    QObject::connect(user, &QTimer::timeout, [&] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<ShopperImportDialog*>(widget);
            if (dialog && dialog->isVisible()) {
                user->stop();
                summary = dialog->summaryLabel()->text();
                importable = dialog->importButton()->isEnabled() || dialog->validRowsButton()->isEnabled();
                dialog->reject();
            }
        }
    });
    user->start(20);
    EXPECT_FALSE(actions->importFrom(path));
    EXPECT_EQ(summary, QStringLiteral("0 new shopper(s), 0 updated by code, 2 unchanged, 3 problem(s)"));
    EXPECT_FALSE(importable);
    EXPECT_EQ(window.undoAction()->text(), QStringLiteral("&Undo Import shoppers from panelis.csv"));

    window.undoAction()->trigger();
    EXPECT_EQ(scalar(file, QStringLiteral("SELECT count(*) FROM shopper")).toInt(), before);
}

TEST(ShopperImportDialog, ALongImportRunsBehindAProgressDialogWhoseCancelChangesNothing)
{
    TestFolder folder;
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.openFile(folder.demoCopy(QStringLiteral("demo.shopscope"))));
    auto* actions = window.findChild<ShopperActions*>();
    ASSERT_NE(actions, nullptr);
    const QString file = window.project()->filePath();
    const int before = scalar(file, QStringLiteral("SELECT count(*) FROM shopper")).toInt();
    QByteArray csv = "code,name,email,city,languages,tags,rating\n";
    for (int i = 0; i < 40000; ++i)
        csv += QStringLiteral("BIG-%1,Paweł Żółć %1,p%1@example.pl,Łódź,\"pl, en\",has-car,4.2\n").arg(i).toUtf8();
    const QString path = folder.writeFile(QStringLiteral("panel.csv"), csv);
    bool pressedImport = false;
    bool sawProgress = false;
    QTimer user;
    QObject::connect(&user, &QTimer::timeout, [&] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<ShopperImportDialog*>(widget);
            if (dialog && dialog->isVisible() && dialog->importButton()->isEnabled() && !pressedImport) {
                pressedImport = true;
                QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
            }
        }
        // Cancel as soon as the import's progress dialog exists: the write can be quicker than
        // the moment the dialog waits before it shows, and what counts is that Cancel, whenever
        // it comes, leaves the file as it was.
        for (auto* progress : window.findChildren<QProgressDialog*>()) {
            if (progress->labelText() == QStringLiteral("Importing panel.csv…") && !sawProgress) {
                sawProgress = true;
                emit progress->canceled(); // what its Cancel button does
            }
        }
    });
    user.start(20);
    EXPECT_FALSE(actions->importFrom(path));
    EXPECT_TRUE(pressedImport);
    EXPECT_TRUE(sawProgress);
    EXPECT_EQ(scalar(file, QStringLiteral("SELECT count(*) FROM shopper")).toInt(), before);
    EXPECT_EQ(window.statusBar()->currentMessage(), QStringLiteral("The import of panel.csv was cancelled; nothing changed."));
}
