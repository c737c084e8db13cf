#include "areas/AreaPage.h"
#include "areas/TablePanel.h"
#include "mainwindow/MainWindow.h"
#include "models/AreaTableModel.h"
#include "planning/ScenarioDialog.h"
#include "project/Project.h"
#include "support/TestProject.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolBar>

#include <gtest/gtest.h>

namespace {
TablePanel* scenariosPanel(MainWindow& window)
{
    // Locations & scenarios is the third entry of the navigator; scenarios are its second table.
    window.navigator()->setCurrentRow(2);
    auto* page = qobject_cast<AreaPage*>(window.currentArea());
    if (!page || page->panels().size() < 2)
        return nullptr;
    TablePanel* panel = page->panels().at(1);
    if (auto* tabs = page->findChild<QTabWidget*>())
        tabs->setCurrentWidget(panel);
    return panel->model()->table() == AreaTables::Scenarios ? panel : nullptr;
}

QAction* tableAction(TablePanel* panel, const QString& text)
{
    for (QAction* action : panel->findChild<QToolBar*>()->actions())
        if (action->text() == text)
            return action;
    return nullptr;
}

int rowOf(TablePanel* panel, const QString& code)
{
    for (int row = 0; row < panel->model()->rowCount(); ++row)
        if (panel->model()->index(row, 0).data().toString() == code)
            return row;
    return -1;
}

void select(TablePanel* panel, const QString& code)
{
    panel->view()->setCurrentIndex(panel->model()->index(rowOf(panel, code), 0));
}

int tabOf(ScenarioDialog& dialog, const QString& language)
{
    for (int index = 0; index < dialog.textTabs()->count(); ++index)
        if (dialog.textTabs()->widget(index)->isAncestorOf(dialog.titleEdit(language)))
            return index;
    return -1;
}
} // namespace

TEST(ScenarioEditor, AddsAScenarioThroughTheWindowInOneUndoStep)
{
    TestFolder folder;
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.openFile(folder.demoCopy(QStringLiteral("demo.shopscope"))));
    TablePanel* panel = scenariosPanel(window);
    ASSERT_NE(panel, nullptr);
    QAction* add = tableAction(panel, QStringLiteral("Add…"));
    ASSERT_NE(add, nullptr);

    // Fill the modal dialog as a user would, then press Save.
    bool filled = false;
    QTimer::singleShot(200, [&] {
        auto* dialog = qobject_cast<ScenarioDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        QTest::keyClicks(dialog->codeEdit(), QStringLiteral("CAR_LOAN"));
        dialog->feeSpin()->setValue(28.5);
        dialog->minutesSpin()->setValue(30);
        dialog->minAgeSpin()->setValue(30);
        dialog->maxAgeSpin()->setValue(55);
        dialog->genderCombo()->setCurrentIndex(dialog->genderCombo()->findText(QStringLiteral("Female")));
        QTest::keyClicks(dialog->otherLanguageEdit(), QStringLiteral("ru"));
        QTest::keyClick(dialog->otherLanguageEdit(), Qt::Key_Return);
        QTest::keyClicks(dialog->tagEdit(), QStringLiteral("has-car"));
        QTest::keyClick(dialog->tagEdit(), Qt::Key_Return);
        EXPECT_TRUE(dialog->isVisible()) << "Enter in the tag field adds the tag, it does not save";
        EXPECT_EQ(dialog->tagList()->count(), 1);
        QTest::keyClicks(dialog->titleEdit(QStringLiteral("en")), QStringLiteral("Car loan for a used car"));
        // QTest types ASCII only; the script's Czech letter is pasted.
        QTest::keyClicks(dialog->scriptEdit(QStringLiteral("en")), QStringLiteral("Ask about a loan for a used "));
        dialog->scriptEdit(QStringLiteral("en"))->insertPlainText(QStringLiteral("Škoda."));
        EXPECT_TRUE(dialog->textTabs()->tabText(tabOf(*dialog, QStringLiteral("lv"))).endsWith(QStringLiteral("– missing")));
        filled = true;
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    });
    add->trigger();
    ASSERT_TRUE(filled);

    const QString file = window.project()->filePath();
    EXPECT_EQ(scalar(file, QStringLiteral("SELECT fee || '/' || expected_minutes || '/' || min_age || '-' || max_age || '/' || gender "
                                          "FROM scenario WHERE code = 'CAR_LOAN'"))
                  .toString(),
              QStringLiteral("28.5/30/30-55/female"));
    EXPECT_EQ(scalar(file, QStringLiteral("SELECT group_concat(kind || ':' || value, ',') FROM (SELECT * FROM scenario_requirement "
                                          "WHERE scenario_id = (SELECT id FROM scenario WHERE code = 'CAR_LOAN') ORDER BY kind, value)"))
                  .toString(),
              QStringLiteral("language:ru,tag:has-car"));
    const int row = rowOf(panel, QStringLiteral("CAR_LOAN"));
    ASSERT_GE(row, 0) << "the new scenario is in the table";
    EXPECT_EQ(panel->model()->index(row, 1).data().toString(), QStringLiteral("Car loan for a used car"));
    EXPECT_EQ(panel->selectedValue(0), QStringLiteral("CAR_LOAN")) << "and selected";
    EXPECT_TRUE(window.undoAction()->text().contains(QStringLiteral("Add scenario CAR_LOAN"))) << window.undoAction()->text().toStdString();

    window.undoAction()->trigger();
    EXPECT_EQ(rowOf(panel, QStringLiteral("CAR_LOAN")), -1);
    EXPECT_EQ(scalar(file, QStringLiteral("SELECT count(*) FROM scenario WHERE code = 'CAR_LOAN'")).toInt(), 0);
}

TEST(ScenarioEditor, ShowsTheScenarioAndItsProblemsInTheForm)
{
    TestFolder folder;
    ProjectError error;
    auto project = Project::open(folder.demoCopy(QStringLiteral("demo.shopscope")), Project::Mode::ReadWrite, &error);
    ASSERT_TRUE(project);
    ScenarioDialog edit(project.get(), QStringLiteral("MORTGAGE"));
    EXPECT_EQ(edit.codeEdit()->text(), QStringLiteral("MORTGAGE"));
    EXPECT_EQ(edit.versionCombo()->currentText(), QStringLiteral("NB-EVAL v1 (frozen)"));
    EXPECT_EQ(edit.feeSpin()->value(), 35.0);
    EXPECT_EQ(edit.minAgeSpin()->value(), 25);
    EXPECT_EQ(edit.genderCombo()->currentText(), QStringLiteral("Any"));
    ASSERT_EQ(edit.tagList()->count(), 1);
    EXPECT_EQ(edit.tagList()->item(0)->text(), QStringLiteral("not-customer"));
    EXPECT_TRUE(edit.scriptEdit(QStringLiteral("lv"))->toPlainText().startsWith(QStringLiteral("Jūs kopā ar partneri")));
    const int lv = tabOf(edit, QStringLiteral("lv"));
    EXPECT_FALSE(edit.textTabs()->tabText(lv).contains(QStringLiteral("missing")));
    EXPECT_TRUE(edit.textTabs()->tabText(tabOf(edit, QStringLiteral("en"))).endsWith(QStringLiteral("– source")));
    // Clearing the Latvian texts marks the translation missing and shows the source text instead.
    edit.titleEdit(QStringLiteral("lv"))->clear();
    edit.scriptEdit(QStringLiteral("lv"))->clear();
    EXPECT_TRUE(edit.textTabs()->tabText(lv).endsWith(QStringLiteral("– missing")));
    EXPECT_EQ(edit.titleEdit(QStringLiteral("lv"))->placeholderText(), QStringLiteral("First-home mortgage enquiry"));

    const QString before = scalar(project->filePath(), QStringLiteral("SELECT group_concat(title) FROM scenario_text")).toString();
    edit.minAgeSpin()->setValue(40);
    edit.maxAgeSpin()->setValue(30);
    EXPECT_FALSE(edit.save());
    EXPECT_TRUE(edit.problemLabel()->isVisibleTo(&edit));
    EXPECT_EQ(edit.problemLabel()->text(), QStringLiteral("Age: minimum 40 is above maximum 30"));
    EXPECT_EQ(scalar(project->filePath(), QStringLiteral("SELECT group_concat(title) FROM scenario_text")).toString(), before);
    edit.maxAgeSpin()->setValue(edit.maxAgeSpin()->minimum()); // any
    EXPECT_TRUE(edit.save()) << edit.problemLabel()->text().toStdString();
    EXPECT_EQ(scalar(project->filePath(), QStringLiteral("SELECT count(*) FROM scenario_text t JOIN scenario s ON s.id = t.scenario_id "
                                                         "WHERE s.code = 'MORTGAGE' AND t.language = 'lv'"))
                  .toInt(),
              0);

    ScenarioDialog create(project.get(), QString());
    EXPECT_TRUE(create.activeCheck()->isChecked());
    EXPECT_FALSE(create.save());
    EXPECT_TRUE(create.problemLabel()->text().contains(QStringLiteral("Code: must not be empty")));
    EXPECT_TRUE(create.problemLabel()->text().contains(QStringLiteral("Title (en): required in the programme's source language")));
}

TEST(ScenarioEditor, DuplicatesAndRefusesToDeleteAScenarioThatVisitsPlay)
{
    TestFolder folder;
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.openFile(folder.demoCopy(QStringLiteral("demo.shopscope"))));
    TablePanel* panel = scenariosPanel(window);
    ASSERT_NE(panel, nullptr);
    select(panel, QStringLiteral("MORTGAGE"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    tableAction(panel, QStringLiteral("Delete"))->trigger();
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("make it inactive instead"))) << MessageBox::lastText().toStdString();
    EXPECT_GE(rowOf(panel, QStringLiteral("MORTGAGE")), 0);

    tableAction(panel, QStringLiteral("Duplicate"))->trigger();
    ASSERT_GE(rowOf(panel, QStringLiteral("MORTGAGE-2")), 0);
    EXPECT_EQ(panel->selectedValue(0), QStringLiteral("MORTGAGE-2"));
    EXPECT_EQ(panel->model()->index(rowOf(panel, QStringLiteral("MORTGAGE-2")), 1).data().toString(),
              QStringLiteral("First-home mortgage enquiry"));
    tableAction(panel, QStringLiteral("Delete"))->trigger();
    EXPECT_EQ(rowOf(panel, QStringLiteral("MORTGAGE-2")), -1);
    window.undoAction()->trigger();
    EXPECT_GE(rowOf(panel, QStringLiteral("MORTGAGE-2")), 0);
}
