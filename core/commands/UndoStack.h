#pragma once

#include "UndoCommand.h"

#include <QObject>

#include <memory>
#include <vector>

// The document's history of edits. "Modified" is simply "not at the clean index".
class UndoStack : public QObject
{
    Q_OBJECT

public:
    explicit UndoStack(QObject* parent = nullptr);
    ~UndoStack() override;

    // Applies the command and records it. A command that fails is not recorded and its error is
    // returned; a command that merges into the previous one extends that step.
    bool push(std::unique_ptr<UndoCommand> command, QString* error);
    // Records a command whose first redo() has already been done (on a worker thread: see
    // WorkerWrites); undo and redo then work as for any other step.
    void pushDone(std::unique_ptr<UndoCommand> command);

    bool undo(QString* error = nullptr);
    bool redo(QString* error = nullptr);

    bool canUndo() const { return m_index > 0; }
    bool canRedo() const { return m_index < count(); }
    QString undoText() const;
    QString redoText() const;
    int count() const { return static_cast<int>(m_commands.size()); }
    int index() const { return m_index; }
    QString text(int index) const;
    bool isClean() const { return m_index == m_cleanIndex; }
    void setClean();
    void clear();

signals:
    void indexChanged(int index);
    void cleanChanged(bool clean);
    void canUndoChanged(bool canUndo);
    void canRedoChanged(bool canRedo);
    void undoTextChanged(const QString& text);
    void redoTextChanged(const QString& text);

private:
    struct State
    {
        int index;
        bool clean;
        bool canUndo;
        bool canRedo;
        QString undoText;
        QString redoText;
    };
    State state() const;
    void announce(const State& before);

    std::vector<std::unique_ptr<UndoCommand>> m_commands;
    int m_index = 0;
    int m_cleanIndex = 0; // -1 when the clean state was discarded
};
