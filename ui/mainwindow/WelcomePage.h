#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;
class RecentFiles;

// What the window shows with no programme open: create, open, or pick a recent file.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    WelcomePage(RecentFiles* recentFiles, QWidget* parent = nullptr);

signals:
    void newRequested();
    void openRequested();
    void demoRequested();
    void recentRequested(const QString& path);

private:
    void fillRecent();

    RecentFiles* m_recentFiles;
    QListWidget* m_recent;
};
