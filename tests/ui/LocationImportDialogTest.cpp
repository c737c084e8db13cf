#include "mainwindow/MainWindow.h"
#include "planning/LocationDialog.h"
#include "planning/LocationImportDialog.h"
#include "project/Project.h"
#include "support/TestProject.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

namespace {
const QString kFile = QStringLiteral("Kods;Nosaukums;Valsts;Reģions;Pilsēta;Platums;Garums\r\n"
                                     "LV-001;Filiāle Rīga Centrs;Latvia;Rīga;Rīga;56,9496;24,1052\r\n"
                                     "LV-002;Filiāle Jūrmala;Latvia;Rīga;Jūrmala;56,9680;23,7704\r\n"
                                     "LV-003;Filiāle Liepāja;Latvia;Kurzeme;Liepāja;95,5;21,0\r\n");
}

TEST(LocationImportDialog, ShowsWhatWasDetectedAndEveryProblemBeforeWriting)
{
    TestFolder folder;
    ProjectError error;
    auto project = Project::create(folder.path(QStringLiteral("p.shopscope")), &error);
    ASSERT_TRUE(project);
    QStringEncoder windows1257("windows-1257");
    const QString path = folder.writeFile(QStringLiteral("filiales.csv"), windows1257(kFile));
    LocationImportDialog dialog(project.get(), path);
    ASSERT_TRUE(dialog.isReadable());
    EXPECT_EQ(dialog.encodingCombo()->currentText(), QStringLiteral("Detect (windows-1257)"));
    // The Latvian headers are mapped by themselves.
    auto* latitude = qobject_cast<QComboBox*>(dialog.mappingTable()->cellWidget(10, 1));
    ASSERT_NE(latitude, nullptr);
    EXPECT_EQ(latitude->currentText(), QStringLiteral("Platums"));
    // Liepāja's latitude is impossible: listed with its place; only "valid rows" is offered.
    ASSERT_EQ(dialog.problemList()->count(), 1);
    EXPECT_EQ(dialog.problemList()->item(0)->text(),
              QStringLiteral("line 4, column 6 (Platums): “95,5” is not a latitude (a number from -90 to 90, with a decimal comma)"));
    EXPECT_FALSE(dialog.importButton()->isEnabled());
    EXPECT_TRUE(dialog.validRowsButton()->isEnabled());
    EXPECT_TRUE(dialog.summaryLabel()->text().startsWith(QStringLiteral("2 new location")));

    // Not importing the coordinates at all clears the problem (the user's choice, in the mapping).
    for (int row : {10, 11}) {
        auto* column = qobject_cast<QComboBox*>(dialog.mappingTable()->cellWidget(row, 1));
        column->setCurrentIndex(0);
        emit column->activated(0);
    }
    EXPECT_EQ(dialog.problemList()->count(), 0);
    EXPECT_TRUE(dialog.importButton()->isEnabled());
    EXPECT_EQ(dialog.plan().inserts, 3);
}

TEST(LocationImportDialog, ImportsThroughTheWindowInOneUndoStep)
{
    TestFolder folder;
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.openFile(folder.demoCopy(QStringLiteral("demo.shopscope"))));
    const int before = scalar(window.project()->filePath(), QStringLiteral("SELECT count(*) FROM location")).toInt();
    QStringEncoder windows1257("windows-1257");
    const QString path = folder.writeFile(QStringLiteral("new.csv"), windows1257(QStringLiteral(
        "Kods;Nosaukums;Valsts;Reģions;Pilsēta\r\nLV-900;Filiāle Sigulda;Latvia;Vidzeme;Sigulda\r\n")));
    // Answer the modal dialog as a user would: press Import once it is up.
    QTimer::singleShot(200, [] {
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (auto* dialog = qobject_cast<LocationImportDialog*>(widget))
                QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    });
    ASSERT_TRUE(window.importLocationsFrom(path));
    EXPECT_EQ(scalar(window.project()->filePath(), QStringLiteral("SELECT count(*) FROM location")).toInt(), before + 1);
    EXPECT_TRUE(window.undoAction()->text().contains(QStringLiteral("new.csv")));
}

TEST(LocationImportDialog, ALongImportRunsBehindAProgressDialogWhoseCancelChangesNothing)
{
    TestFolder folder;
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.openFile(folder.demoCopy(QStringLiteral("demo.shopscope"))));
    const QString file = window.project()->filePath();
    const int before = scalar(file, QStringLiteral("SELECT count(*) FROM location")).toInt();
    const QString undoBefore = window.undoAction()->text();
    QByteArray csv = "Code,Name,Country,Region,City,Mon\n";
    for (int i = 0; i < 40000; ++i)
        csv += QStringLiteral("BIG-%1,Oddział %1,Poland,Łódzkie,Łódź,09:00-17:00\n").arg(i).toUtf8();
    const QString path = folder.writeFile(QStringLiteral("network.csv"), csv);
    // Reading and checking 40,000 rows, then writing them, run on a worker: the window keeps
    // handling events. The user presses Import once the check is done, and Cancel as soon as
    // the import's progress dialog exists (it shows after 300 ms; on a busy machine that can be
    // after the commit, when Cancel rightly comes too late to undo anything).
    bool pressedImport = false;
    bool sawProgress = false;
    QTimer user;
    QObject::connect(&user, &QTimer::timeout, [&] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<LocationImportDialog*>(widget);
            if (dialog && dialog->isVisible() && dialog->importButton()->isEnabled() && !pressedImport) {
                pressedImport = true;
                QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
            }
        }
        for (auto* progress : window.findChildren<QProgressDialog*>()) {
            if (progress->labelText() == QStringLiteral("Importing network.csv…") && !sawProgress) {
                sawProgress = true;
                emit progress->canceled(); // what its Cancel button does
            }
        }
    });
    user.start(20);
    EXPECT_FALSE(window.importLocationsFrom(path));
    EXPECT_TRUE(sawProgress);
    EXPECT_EQ(scalar(file, QStringLiteral("SELECT count(*) FROM location")).toInt(), before);
    EXPECT_EQ(window.undoAction()->text(), undoBefore);
    EXPECT_EQ(window.statusBar()->currentMessage(), QStringLiteral("The import of network.csv was cancelled; nothing changed."));
}

TEST(LocationDialog, EditsALocationAndShowsProblemsInTheForm)
{
    TestFolder folder;
    ProjectError error;
    auto project = Project::open(folder.demoCopy(QStringLiteral("demo.shopscope")), Project::Mode::ReadWrite, &error);
    ASSERT_TRUE(project);
    const QString code = scalar(project->filePath(), QStringLiteral("SELECT min(code) FROM location WHERE city = 'Rīga'")).toString();
    LocationDialog edit(project.get(), code);
    EXPECT_TRUE(edit.field(QStringLiteral("code"))->isReadOnly()) << "the code is how imports find it again";
    EXPECT_EQ(edit.field(QStringLiteral("city"))->text(), QStringLiteral("Rīga"));
    EXPECT_NE(edit.latitudeSpin()->value(), edit.latitudeSpin()->minimum()) << "coordinates are loaded";
    QLineEdit* name = edit.field(QStringLiteral("name"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Nordbank Riga Old Town"));
    ASSERT_TRUE(edit.save());
    EXPECT_EQ(scalar(project->filePath(), QStringLiteral("SELECT name FROM location WHERE code = '%1'").arg(code)).toString(),
              QStringLiteral("Nordbank Riga Old Town"));

    LocationDialog create(project.get(), QString());
    QTest::keyClicks(create.field(QStringLiteral("code")), QStringLiteral("NEW-1"));
    QTest::keyClicks(create.field(QStringLiteral("region")), QStringLiteral("Vidzeme"));
    EXPECT_FALSE(create.save());
    EXPECT_TRUE(create.problemLabel()->text().contains(QStringLiteral("the name of NEW-1 is empty"))) << create.problemLabel()->text().toStdString();
    EXPECT_TRUE(create.problemLabel()->text().contains(QStringLiteral("needs its country")));
    EXPECT_EQ(scalar(project->filePath(), QStringLiteral("SELECT count(*) FROM location WHERE code = 'NEW-1'")).toInt(), 0);
}
