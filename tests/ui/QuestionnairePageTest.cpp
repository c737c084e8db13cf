#include "commands/ProgrammeCommands.h"
#include "commands/UndoStack.h"
#include "models/QuestionnaireTreeModel.h"
#include "project/Project.h"
#include "questionnaire/ConditionEditor.h"
#include "questionnaire/OdkExportDialog.h"
#include "questionnaire/QuestionEditor.h"
#include "questionnaire/QuestionnairePage.h"
#include "questionnaire/QuestionnairePreview.h"
#include "questionnaire/QuestionnaireStore.h"
#include "questionnaire/SectionEditor.h"
#include "questionnaire/TranslationTable.h"
#include "support/TestProject.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

class QuestionnairePageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ProjectError error;
        m_project = Project::create(m_folder.path(QStringLiteral("designer.shopscope")), &error);
        ASSERT_TRUE(m_project);
        // The window reloads pages after every edit; do the same here.
        QObject::connect(m_project.get(), &Project::dataChanged, &m_page, &QuestionnairePage::reload);
        m_page.resize(1300, 850);
        m_page.setProject(m_project.get());
        m_page.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_page));
    }

    Questionnaire stored() const
    {
        QString error;
        return *QuestionnaireStore::load(m_project->database(), m_page.currentVersion(), &error);
    }

    TestFolder m_folder;
    std::unique_ptr<Project> m_project;
    QuestionnairePage m_page;
};

TEST_F(QuestionnairePageTest, BuildsAQuestionnaireWithTheKeyboard)
{
    EXPECT_EQ(m_page.treeModel()->rowCount(), 0);
    ASSERT_TRUE(m_page.createFromTemplate(QString())); // an empty questionnaire with one section
    ASSERT_EQ(m_page.treeModel()->rowCount(), 1);

    // Select the section, press Insert: a yes/no question appears and its text has the focus.
    m_page.tree()->setFocus();
    m_page.tree()->setCurrentIndex(m_page.treeModel()->index(0, 0));
    QTest::keyClick(m_page.tree(), Qt::Key_Insert);
    ASSERT_EQ(stored().questionsInOrder().size(), 1u);
    const QString first = stored().questionsInOrder().front()->code;
    EXPECT_EQ(m_page.selectedCode(), first);
    QPlainTextEdit* text = m_page.questionEditor()->textEdit();
    text->setFocus();
    text->selectAll();
    QTest::keyClicks(text, QStringLiteral("Were you greeted within 30 seconds?"));
    QTRY_COMPARE_WITH_TIMEOUT(stored().questionsInOrder().front()->text.value(QStringLiteral("en")),
                              QStringLiteral("Were you greeted within 30 seconds?"), 3000);
    EXPECT_EQ(m_project->undoStack()->count(), 3) << "new questionnaire, add question, one step for the typing";

    // Ctrl+D duplicates, Delete removes, Ctrl+Z brings it back.
    m_page.tree()->setFocus();
    ASSERT_TRUE(m_page.select(first));
    QTest::keyClick(m_page.tree(), Qt::Key_D, Qt::ControlModifier);
    ASSERT_EQ(stored().questionsInOrder().size(), 2u);
    const QString copy = stored().questionsInOrder()[1]->code;
    EXPECT_EQ(stored().questionsInOrder()[1]->text, stored().questionsInOrder()[0]->text);
    ASSERT_TRUE(m_page.select(copy));
    QTest::keyClick(m_page.tree(), Qt::Key_Up, Qt::ControlModifier);
    EXPECT_EQ(stored().questionsInOrder()[0]->code, copy) << "Ctrl+Up moved the copy first";
    QTest::keyClick(m_page.tree(), Qt::Key_Delete);
    ASSERT_EQ(stored().questionsInOrder().size(), 1u);
    QString error;
    ASSERT_TRUE(m_project->undoStack()->undo(&error));
    EXPECT_EQ(stored().questionsInOrder().size(), 2u);
}

TEST_F(QuestionnairePageTest, PropertiesTypeScoringAndConditions)
{
    ASSERT_TRUE(m_page.createFromTemplate(QStringLiteral("retail-store-visit")));
    const Questionnaire before = stored();
    const QString code = before.sections[0].questions[1].code;
    ASSERT_TRUE(m_page.select(code));
    QuestionEditor* editor = m_page.questionEditor();
    ASSERT_TRUE(editor->isVisible());

    // Weight: type a value and leave the field.
    QDoubleSpinBox* weight = editor->weightSpin();
    weight->setFocus();
    weight->selectAll();
    QTest::keyClicks(weight, QStringLiteral("3"));
    QTest::keyClick(weight, Qt::Key_Return);
    EXPECT_DOUBLE_EQ(stored().question(code)->weight, 3);

    // Type: yes/no -> single choice keeps the question, options become editable.
    QComboBox* type = editor->typeCombo();
    type->setCurrentIndex(type->findData(int(QuestionType::Single)));
    emit type->activated(type->currentIndex());
    EXPECT_EQ(stored().question(code)->type, QuestionType::Single);

    // Unticking "scored" takes the critical and bonus flags with it.
    ASSERT_TRUE(m_page.select(before.sections[0].questions[0].code));
    QTest::mouseClick(m_page.questionEditor()->scoredCheck(), Qt::LeftButton, {}, QPoint(4, 4));
    EXPECT_FALSE(stored().question(before.sections[0].questions[0].code)->scored);
}

TEST_F(QuestionnairePageTest, AFrozenVersionIsReadOnlyUntilANewVersionIsMade)
{
    ASSERT_TRUE(m_page.createFromTemplate(QStringLiteral("bank-branch-visit")));
    QSqlQuery(QStringLiteral("UPDATE questionnaire_version SET status = 'frozen'"), m_project->database());
    m_page.reload();
    ASSERT_TRUE(m_page.select(stored().sections[0].questions[0].code));
    EXPECT_FALSE(m_page.deleteAction()->isEnabled());
    EXPECT_TRUE(m_page.questionEditor()->textEdit()->isReadOnly());
    ASSERT_TRUE(m_page.newVersionButton()->isVisible());
    const qint64 frozen = m_page.currentVersion();
    QTest::mouseClick(m_page.newVersionButton(), Qt::LeftButton);
    EXPECT_NE(m_page.currentVersion(), frozen);
    EXPECT_EQ(QuestionnaireStore::status(m_project->database(), m_page.currentVersion()), QStringLiteral("draft"));
    ASSERT_TRUE(m_page.select(stored().sections[0].questions[0].code));
    EXPECT_TRUE(m_page.deleteAction()->isEnabled());
    EXPECT_FALSE(m_page.questionEditor()->textEdit()->isReadOnly());
}

TEST_F(QuestionnairePageTest, ProblemsTranslationsExportImportAndPrint)
{
    ASSERT_TRUE(m_page.createFromTemplate(QStringLiteral("hotel-reception")));
    EXPECT_EQ(m_page.problems()->count(), 1);
    EXPECT_TRUE(m_page.problems()->item(0)->text().startsWith(QStringLiteral("No problems")));

    // A second language: every text is missing in it, and the problems list says so.
    QString error;
    MessageBox::setNextAnswer(QMessageBox::Ok);
    ASSERT_TRUE(Command::setProgrammeLanguages(m_project.get(), {QStringLiteral("en"), QStringLiteral("lv")}, &error));
    m_page.reload();
    EXPECT_GT(m_page.translations()->missingCount(), 40);
    EXPECT_TRUE(m_page.problems()->item(0)->text().contains(QStringLiteral("not translated to lv")));
    // Translating one cell fills it in.
    QTableWidget* table = m_page.translations()->table();
    table->item(1, 2)->setText(QStringLiteral("Vai jūs sveica?"));
    const QString translatedCode = table->item(1, 0)->text();
    EXPECT_EQ(stored().question(translatedCode)->text.value(QStringLiteral("lv")), QStringLiteral("Vai jūs sveica?"));

    const QString json = m_folder.path(QStringLiteral("hotel.json"));
    ASSERT_TRUE(m_page.exportFile(json));
    ASSERT_TRUE(m_page.importFile(json));
    EXPECT_EQ(m_page.versionCombo()->count(), 2);

    const QString pdf = m_folder.path(QStringLiteral("briefing.pdf"));
    ASSERT_TRUE(m_page.printToPdf(pdf, false));
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF"));
    ASSERT_TRUE(m_page.printToPdf(m_folder.path(QStringLiteral("scoring.pdf")), true));

    // A broken file imports nothing and says why.
    const QString bad = m_folder.writeFile(QStringLiteral("bad.json"), QByteArray("{\"format\": \"something\"}"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(m_page.importFile(bad));
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("not a ShopScope questionnaire"))) << MessageBox::lastText().toStdString();
    EXPECT_EQ(m_page.versionCombo()->count(), 2);
}

TEST_F(QuestionnairePageTest, SectionsNestOneLevel)
{
    ASSERT_TRUE(m_page.createFromTemplate(QString()));
    const QString top = stored().sections[0].code;
    ASSERT_TRUE(m_page.select(top));
    QAction* subSection = m_page.addSectionAction()->menu()->actions().value(1);
    ASSERT_NE(subSection, nullptr);
    subSection->trigger();
    ASSERT_EQ(stored().sections.size(), 1u);
    ASSERT_EQ(stored().sections[0].sections.size(), 1u);
    const QString child = stored().sections[0].sections[0].code;
    // A sub-section of the sub-section goes into the same top-level section: one level only.
    ASSERT_TRUE(m_page.select(child));
    subSection->trigger();
    EXPECT_EQ(stored().sections[0].sections.size(), 2u);
    EXPECT_TRUE(stored().sections[0].sections[0].sections.empty());
    // Plain "+ Section" adds a top-level section after the selected one.
    m_page.addSectionAction()->trigger();
    EXPECT_EQ(stored().sections.size(), 2u);
}

TEST_F(QuestionnairePageTest, ExportsForOdkListingWhatCannotCarryAndImportsAnXlsForm)
{
    ASSERT_TRUE(m_page.createFromTemplate(QStringLiteral("bank-branch-visit")));
    // A number that allows N/A: ODK number fields cannot hold it, and the dialog says so.
    Questionnaire questionnaire = stored();
    Question* minutes = nullptr;
    for (Section& section : questionnaire.sections)
        for (Question& question : section.questions)
            if (question.type == QuestionType::Number)
                minutes = &question;
    ASSERT_NE(minutes, nullptr);
    minutes->allowNa = true;
    OdkExportDialog dialog(questionnaire, OdkExportDialog::Format::XlsForm);
    const QStringList notes = dialog.notes();
    ASSERT_EQ(notes.size(), 1) << notes.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(notes.first().startsWith(minutes->code + QStringLiteral(": ODK number fields cannot hold “not applicable”")))
        << notes.first().toStdString();
    EXPECT_EQ(dialog.format(), OdkExportDialog::Format::XlsForm);

    // The stored questionnaire goes out as both formats.
    const QString xform = m_folder.path(QStringLiteral("bank.xml"));
    ASSERT_TRUE(m_page.exportOdkFile(xform, OdkExportDialog::Format::XForm, {}));
    QFile xml(xform);
    ASSERT_TRUE(xml.open(QIODevice::ReadOnly));
    const QByteArray bytes = xml.readAll();
    EXPECT_TRUE(bytes.contains("<bind nodeset=\"/data/ss_score\" type=\"string\" calculate="));
    EXPECT_TRUE(bytes.contains("<select1 ref=\"/data/GRT/GRT01\" appearance=\"horizontal\">"));
    const QString workbook = m_folder.path(QStringLiteral("bank.xlsx"));
    ASSERT_TRUE(m_page.exportOdkFile(workbook, OdkExportDialog::Format::XlsForm, {}));

    // ... and the workbook comes back as a new questionnaire, its code made unique.
    const int before = m_page.versionCombo()->count();
    ASSERT_TRUE(m_page.importFile(workbook)) << MessageBox::lastText().toStdString();
    EXPECT_EQ(m_page.versionCombo()->count(), before + 1);
    const Questionnaire imported = stored();
    EXPECT_EQ(imported.code, QStringLiteral("BANK-BRANCH-2"));
    EXPECT_EQ(imported.questionsInOrder().size(), questionnaire.questionsInOrder().size());
    // Undo takes the import back.
    m_project->undoStack()->undo();
    m_page.reload();
    EXPECT_EQ(m_page.versionCombo()->count(), before);

    // A public XLSForm with things a questionnaire cannot hold asks first and names them.
    MessageBox::setNextAnswer(QMessageBox::No);
    EXPECT_FALSE(m_page.importFile(QStringLiteral(SHOPSCOPE_XLSFORM_DATA "/group.xlsx")));
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("ShopScope has no “phone” question (survey rows 4)")))
        << MessageBox::lastText().toStdString();
    EXPECT_EQ(m_page.versionCombo()->count(), before);
}
