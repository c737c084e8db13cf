#include "MainWindow.h"

#include "RecentFiles.h"
#include "WelcomePage.h"
#include "areas/AreaPage.h"
#include "areas/ProgrammePage.h"
#include "areas/TablePanel.h"
#include "models/AreaTableModel.h"
#include "models/DomainLabels.h"
#include "assignment/VisitActions.h"
#include "results/ScoreRefresher.h"
#include "review/ReviewActions.h"
#include "planning/LocationActions.h"
#include "planning/PlanSummaryView.h"
#include "charts/ChartsPage.h"
#include "review/ReportEntryDialog.h"
#include "planning/SampleSizeCalculator.h"
#include "planning/ScenarioActions.h"
#include "planning/WaveActions.h"
#include "programme/ProgrammeSettings.h"
#include "commands/UndoStack.h"
#include "demo/DemoGenerator.h"
#include "i18n/Translations.h"
#include "project/Project.h"
#include "questionnaire/QuestionnairePage.h"
#include "shoppers/ShopperActions.h"
#include "widgets/BackgroundJob.h"
#include "widgets/LastDirectory.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QVBoxLayout>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QTableView>
#include <QSqlQuery>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QStackedWidget>
#include <QStatusBar>

#include <atomic>

namespace {
QString fileFilter()
{
    return MainWindow::tr("ShopScope programmes (*.shopscope);;All files (*)");
}

QString withSuffix(const QString& path)
{
    return QFileInfo(path).suffix().isEmpty() ? path + QLatin1Char('.') + Project::fileSuffix() : path;
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_recentFiles(new RecentFiles(this))
    , m_central(new QStackedWidget(this))
    , m_welcome(new WelcomePage(m_recentFiles, this))
    , m_workspace(new QWidget(this))
    , m_navigator(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_programmePage(new ProgrammePage(this))
    , m_questionnairePage(new QuestionnairePage(this))
{
    setCentralWidget(m_central);
    m_central->addWidget(m_welcome);
    m_central->addWidget(m_workspace);
    createActions();
    createPages();

    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newProgramme);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openProgramme);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::createDemo);
    connect(m_welcome, &WelcomePage::recentRequested, this, &MainWindow::openFile);
    connect(m_recentFiles, &RecentFiles::changed, this, &MainWindow::updateRecentMenu);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 780);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateRecentMenu();
    projectChanged();
}

MainWindow::~MainWindow()
{
    if (m_scoreRefresher)
        m_scoreRefresher->stop(); // its worker writes through the project
    // Pages hold models on the project's connection: drop them before the connection goes.
    m_programmePage->setProject(nullptr);
    m_questionnairePage->setProject(nullptr);
    for (AreaPage* page : m_areaPages)
        page->setDatabase(QSqlDatabase());
    m_project.reset();
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Programme…"), QKeySequence::New, this, &MainWindow::newProgramme);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openProgramme);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Create &Demo Programme…"), this, &MainWindow::createDemo);
    file->addSeparator();
    m_saveCopy = file->addAction(tr("Save a &Copy…"), QKeySequence::SaveAs, this, &MainWindow::saveCopy);
    m_close = file->addAction(tr("&Close"), QKeySequence::Close, this, &MainWindow::closeProject);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(tr("&Undo"), QKeySequence::Undo, this, &MainWindow::undo);
    m_redo = edit->addAction(tr("&Redo"), QKeySequence::Redo, this, &MainWindow::redo);

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("&Sample Size Calculator…"), this, &MainWindow::sampleSizeCalculator);

    QMenu* settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QMenu* languageMenu = settingsMenu->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("language")).toString();
    auto addLanguage = [&](const QString& code, const QString& name) {
        QAction* action = languageMenu->addAction(name, this, [this, code] { chooseLanguage(code); });
        action->setCheckable(true);
        action->setChecked(code == current);
        languages->addAction(action);
    };
    addLanguage(QString(), tr("System language"));
    for (const QString& code : Translations::availableLanguages()) {
        addLanguage(code, QStringLiteral("%1 (%2)").arg(Translations::nativeName(code), code));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ShopScope"), this, &MainWindow::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createPages()
{
    struct Area
    {
        QString title;
        QString description;
        QList<AreaTables::Table> tables;
    };
    const QList<Area> areas = {
        {tr("Locations & scenarios"), tr("The units evaluated and the scripts shoppers play."),
         {AreaTables::Locations, AreaTables::Scenarios}},
        {tr("Waves & sample"), tr("Fieldwork periods and the planned visits of each."),
         {AreaTables::Waves, AreaTables::Visits}},
        {tr("Shoppers & assignment"), tr("The shopper panel and who carries out which visit."),
         {AreaTables::Shoppers, AreaTables::Assignments}},
        {tr("Results"), tr("Reports that came back from the field and their review status."),
         {AreaTables::Responses}},
        {tr("Charts & reports"),
         tr("The dashboard, the standard charts and their exports for clients; fieldwork and results wave by wave."),
         {AreaTables::WaveResults}},
    };

    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_navigator->addItem(tr("Programme"));
    m_pages->addWidget(m_programmePage);
    m_navigator->addItem(tr("Questionnaire"));
    m_pages->addWidget(m_questionnairePage);
    for (const Area& area : areas) {
        auto* page = new AreaPage(area.title, area.description, area.tables, m_pages);
        m_areaPages << page;
        for (TablePanel* panel : page->panels())
            createTableActions(panel);
        if (area.tables.contains(AreaTables::Waves))
            page->addTab(new PlanSummaryView(page), tr("Plan summary"));
        if (area.tables.contains(AreaTables::WaveResults)) {
            auto* charts = new ChartsPage(page);
            page->addTab(charts, tr("Charts"));
            page->tabs()->tabBar()->moveTab(page->tabs()->indexOf(charts), 0);
            page->tabs()->setCurrentWidget(charts);
            connect(charts, &ChartsPage::reportRequested, this, [this](qint64 visitId) {
                if (m_project)
                    ReportEntryDialog::enter(this, m_project.get(), visitId);
            });
        }
        m_pages->addWidget(page);
        m_navigator->addItem(area.title);
    }
    QFont font = m_navigator->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_navigator->setFont(font);
    m_navigator->setSpacing(3);
    m_navigator->setMinimumWidth(m_navigator->sizeHintForColumn(0) + 36);
    m_navigator->setMaximumWidth(m_navigator->sizeHintForColumn(0) + 80);
    connect(m_navigator, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto* splitter = new QSplitter(m_workspace);
    splitter->addWidget(m_navigator);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QHBoxLayout(m_workspace);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);
}

void MainWindow::createTableActions(TablePanel* panel)
{
    auto project = [this] { return m_project.get(); };
    switch (panel->model()->table()) {
    case AreaTables::Locations:
        m_locationActions = new LocationActions(this, panel, project);
        break;
    case AreaTables::Waves:
        new WaveActions(this, panel, project);
        break;
    case AreaTables::Scenarios:
        new ScenarioActions(this, panel, project);
        break;
    case AreaTables::Assignments:
        m_visitActions = new VisitActions(this, panel, project);
        break;
    case AreaTables::Responses:
        m_reviewActions = new ReviewActions(this, panel, project);
        break;
    case AreaTables::Shoppers:
        new ShopperActions(this, panel, project);
        break;
    default:
        break;
    }
}

bool MainWindow::importLocationsFrom(const QString& path)
{
    return m_locationActions->importFrom(path);
}

QWidget* MainWindow::currentArea() const
{
    return m_pages->currentWidget();
}

bool MainWindow::openFile(const QString& path)
{
    if (m_project && QFileInfo(path).absoluteFilePath() == m_project->filePath())
        return true;
    ProjectError error;
    auto project = Project::open(path, Project::Mode::ReadWrite, &error);
    if (!project && (error.code == ProjectError::Code::ReadOnly || error.code == ProjectError::Code::Locked)) {
        const auto answer = MessageBox::question(this, tr("Open read-only?"),
                                                 error.message + QStringLiteral("\n\n") + tr("Open it read-only instead?"),
                                                 QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
        if (answer != QMessageBox::Open)
            return false;
        project = Project::open(path, Project::Mode::ReadOnly, &error);
    }
    if (!project) {
        MessageBox::warning(this, tr("Cannot open the programme"), error.message);
        if (error.code == ProjectError::Code::NotFound)
            m_recentFiles->remove(path);
        return false;
    }
    closeProject();
    m_project = std::move(project);
    m_recentFiles->add(m_project->filePath());
    LastDirectory::rememberFileIn(m_project->filePath());
    connect(m_project.get(), &Project::dataChanged, this, &MainWindow::dataChanged);
    UndoStack* stack = m_project->undoStack();
    connect(stack, &UndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &UndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &UndoStack::undoTextChanged, this,
            [this](const QString& text) { m_undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text)); });
    connect(stack, &UndoStack::redoTextChanged, this,
            [this](const QString& text) { m_redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text)); });
    projectChanged();
    statusBar()->showMessage(m_project->isReadOnly() ? tr("Opened %1 read-only").arg(m_project->displayName())
                                                     : tr("Opened %1").arg(m_project->displayName()),
                             5000);
    // A file from an older ShopScope, or with reports written elsewhere: scores in the background.
    if (!m_scoreRefresher)
        m_scoreRefresher = new ScoreRefresher(statusBar(), this);
    m_scoreRefresher->start(m_project.get());
    return true;
}

void MainWindow::closeProject()
{
    if (!m_project)
        return;
    if (m_scoreRefresher)
        m_scoreRefresher->stop(); // the worker writes through the project
    m_programmePage->setProject(nullptr);
    m_questionnairePage->setProject(nullptr);
    for (AreaPage* page : m_areaPages)
        page->setDatabase(QSqlDatabase());
    m_project.reset();
    projectChanged();
}

void MainWindow::projectChanged()
{
    const bool open = m_project != nullptr;
    m_central->setCurrentWidget(open ? m_workspace : static_cast<QWidget*>(m_welcome));
    m_saveCopy->setEnabled(open);
    m_close->setEnabled(open);
    m_undo->setEnabled(open && m_project->undoStack()->canUndo());
    m_redo->setEnabled(open && m_project->undoStack()->canRedo());
    m_undo->setText(tr("&Undo"));
    m_redo->setText(tr("&Redo"));
    if (open) {
        m_programmePage->setProject(m_project.get());
        m_questionnairePage->setProject(m_project.get());
        for (AreaPage* page : m_areaPages)
            page->setDatabase(m_project->database());
        m_navigator->setCurrentRow(0);
    }
    updateTitle();
}

void MainWindow::dataChanged()
{
    m_programmePage->reload();
    m_questionnairePage->reload();
    for (AreaPage* page : m_areaPages)
        page->refresh();
    updateTitle();
}

void MainWindow::updateTitle()
{
    if (!m_project) {
        setWindowTitle(tr("ShopScope"));
        return;
    }
    setWindowTitle(m_project->isReadOnly() ? tr("%1 (read-only) — ShopScope").arg(m_project->displayName())
                                           : tr("%1 — ShopScope").arg(m_project->displayName()));
}

void MainWindow::newProgramme()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("New Programme"),
                                                        LastDirectory::get() + QStringLiteral("/programme.shopscope"),
                                                        fileFilter());
    if (chosen.isEmpty())
        return;
    const QString path = withSuffix(chosen);
    // The dialog already asked about replacing; a new programme never silently replaces a file.
    if (QFileInfo::exists(path)) {
        MessageBox::warning(this, tr("New Programme"),
                            tr("“%1” already exists. Choose a new name; ShopScope does not overwrite programmes.")
                                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    ProjectError error;
    if (!Project::create(path, &error)) {
        MessageBox::warning(this, tr("Cannot create the programme"), error.message);
        return;
    }
    openFile(path);
}

void MainWindow::openProgramme()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Programme"), LastDirectory::get(), fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::createDemo()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Create Demo Programme"),
                                                        LastDirectory::get() + QStringLiteral("/nordbank-demo.shopscope"),
                                                        fileFilter());
    if (chosen.isEmpty())
        return;
    const QString path = withSuffix(chosen);
    if (m_project && QFileInfo(path).absoluteFilePath() == m_project->filePath()) {
        MessageBox::warning(this, tr("Create Demo Programme"), tr("Choose another file than the open programme."));
        return;
    }
    DemoGenerator::Options options;
    options.replace = QFileInfo::exists(path); // the save dialog has asked the user already
    auto* job = BackgroundJob::start(this, tr("Writing the demo programme…"), true,
                                     [path, options](const std::atomic<bool>& cancelled, const BackgroundJob::Progress& progress) {
                                         ProjectError error;
                                         DemoGenerator::generate(path, options, nullptr, &error, [&](int percent) {
                                             progress(percent);
                                             return !cancelled;
                                         });
                                         return error;
                                     });
    connect(job, &BackgroundJob::finished, this, [this, job, path] {
        if (job->wasCancelled())
            return;
        if (job->error())
            MessageBox::warning(this, tr("Cannot create the demo programme"), job->error().message);
        else
            openFile(path);
    });
}

void MainWindow::saveCopy()
{
    if (!m_project)
        return;
    const QFileInfo current(m_project->filePath());
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Save a Copy"), current.absolutePath() + QLatin1Char('/') + current.completeBaseName()
                                     + tr("-copy") + QLatin1Char('.') + Project::fileSuffix(),
        fileFilter());
    if (chosen.isEmpty())
        return;
    const QString path = withSuffix(chosen);
    // A large programme takes seconds to copy: do it on a worker with its own connection.
    const QString source = m_project->filePath();
    auto* job = BackgroundJob::start(this, tr("Writing a copy of %1…").arg(m_project->displayName()), false,
                                     [source, path](const std::atomic<bool>& cancelled, const BackgroundJob::Progress&) {
                                         ProjectError error;
                                         Project::writeCopy(source, path, &cancelled, &error);
                                         return error;
                                     });
    connect(job, &BackgroundJob::finished, this, [this, job, path] {
        if (job->wasCancelled())
            statusBar()->showMessage(tr("The copy was cancelled."), 5000);
        else if (job->error())
            MessageBox::warning(this, tr("Copy not saved"), job->error().message);
        else
            statusBar()->showMessage(tr("Saved a copy as %1").arg(QDir::toNativeSeparators(path)), 5000);
    });
}

void MainWindow::undo()
{
    QString error;
    if (m_project && m_project->undoStack()->canUndo() && !m_project->undoStack()->undo(&error))
        MessageBox::warning(this, tr("Undo failed"), error);
}

void MainWindow::redo()
{
    QString error;
    if (m_project && m_project->undoStack()->canRedo() && !m_project->undoStack()->redo(&error))
        MessageBox::warning(this, tr("Redo failed"), error);
}

void MainWindow::sampleSizeCalculator()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Sample Size Calculator"));
    auto* calculator = new SampleSizeCalculator(&dialog);
    // Small bases are flagged at the programme's own threshold.
    if (m_project) {
        QString error;
        if (const auto settings = ProgrammeSettings::read(m_project->database(), &error))
            calculator->setSmallBaseThreshold(settings->smallBaseThreshold);
    }
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(close, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(calculator);
    layout->addWidget(close);
    dialog.exec();
}

void MainWindow::about()
{
    MessageBox::about(this, tr("About ShopScope"),
                      tr("<h3>ShopScope %1</h3>"
                         "<p>Mystery-shopping programmes for agencies: questionnaires, waves and samples, shopper "
                         "assignment, quality control, results and client-ready charts.</p>"
                         "<p>Free software under the GNU General Public License, version 3 or later.</p>"
                         "<p>Built with Qt %2 and SQLite.</p>")
                          .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::chooseLanguage(const QString& language)
{
    QSettings().setValue(QStringLiteral("language"), language);
    statusBar()->showMessage(tr("The new language takes effect when ShopScope starts next."), 8000);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recentFiles->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString file = files[i];
        m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(file).fileName()), this,
                                [this, file] { openFile(file); })
            ->setToolTip(QDir::toNativeSeparators(file));
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent programmes"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear the List"), m_recentFiles, &RecentFiles::clear);
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    closeProject();
    event->accept();
}
