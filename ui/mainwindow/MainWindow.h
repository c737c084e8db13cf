#pragma once

#include <QMainWindow>

#include <memory>

class AreaPage;
class LocationActions;
class ReviewActions;
class ScoreRefresher;
class VisitActions;
class Project;
class ProgrammePage;
class QAction;
class QListWidget;
class QMenu;
class QStackedWidget;
class TablePanel;
class QuestionnairePage;
class RecentFiles;
class WelcomePage;

// The application window: a navigator of the programme's areas on the left, the area on the
// right, and the document (one open project file) with its undo stack.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a project file, reporting problems to the user; false when nothing was opened.
    bool openFile(const QString& path);
    // Imports locations from a CSV file through the import dialog (its answer is the user's).
    bool importLocationsFrom(const QString& path);
    void closeProject();
    Project* project() const { return m_project.get(); }

    // For tests and for the navigator: the areas in order, and switching between them.
    QListWidget* navigator() const { return m_navigator; }
    QWidget* currentArea() const;
    ProgrammePage* programmePage() const { return m_programmePage; }
    VisitActions* visitActions() const { return m_visitActions; }
    ReviewActions* reviewActions() const { return m_reviewActions; }
    ScoreRefresher* scoreRefresher() const { return m_scoreRefresher; }
    QuestionnairePage* questionnairePage() const { return m_questionnairePage; }
    QList<AreaPage*> areaPages() const { return m_areaPages; }
    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createPages();
    void createTableActions(TablePanel* panel);
    void newProgramme();
    void openProgramme();
    void createDemo();
    void saveCopy();
    void undo();
    void redo();
    void about();
    void sampleSizeCalculator();
    void chooseLanguage(const QString& language);
    void projectChanged();
    void dataChanged();
    void updateRecentMenu();
    void updateTitle();

    std::unique_ptr<Project> m_project;
    RecentFiles* m_recentFiles;
    QStackedWidget* m_central;
    WelcomePage* m_welcome;
    QWidget* m_workspace;
    QListWidget* m_navigator;
    QStackedWidget* m_pages;
    ProgrammePage* m_programmePage;
    QuestionnairePage* m_questionnairePage;
    QList<AreaPage*> m_areaPages;

    QAction* m_saveCopy = nullptr;
    QAction* m_close = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QMenu* m_recentMenu = nullptr;
    LocationActions* m_locationActions = nullptr;
    VisitActions* m_visitActions = nullptr;
    ReviewActions* m_reviewActions = nullptr;
    ScoreRefresher* m_scoreRefresher = nullptr;
};
