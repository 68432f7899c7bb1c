"""The window's actions, each with its shortcut, icon and tooltip; menus, toolbar and buttons reuse them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

from briefing.gui import names

SP = QStyle.StandardPixmap


@dataclass(frozen=True)
class ActionSpec:
    name: str                       # objectName (names.ACTION_*)
    text: str
    shortcut: QKeySequence | str | None
    icon: QStyle.StandardPixmap | None
    tip: str


SPECS: dict[str, ActionSpec] = {
    "add_files": ActionSpec(names.ACTION_ADD_FILES, "&Add documents…", "Ctrl+Shift+O",
                            SP.SP_FileIcon, "Add documents (.txt .md .html .docx .pdf)"),
    "add_folder": ActionSpec(names.ACTION_ADD_FOLDER, "Add &folder…", "Ctrl+Shift+A", SP.SP_DirOpenIcon,
                             "Add every document in a folder and its subfolders"),
    "remove": ActionSpec(names.ACTION_REMOVE_DOCUMENTS, "&Remove documents", QKeySequence.StandardKey.Delete,
                         SP.SP_TrashIcon, "Remove the selected documents from the project"),
    "preview": ActionSpec(names.ACTION_PREVIEW_DOCUMENT, "&Read document", None,
                          SP.SP_FileDialogContentsView,
                          "Read the selected document with its sentences (Enter or double-click)"),
    "check_all": ActionSpec(names.ACTION_CHECK_ALL, "Check a&ll", None, None,
                            "Check every document and section, so the brief uses them all"),
    "uncheck_all": ActionSpec(names.ACTION_UNCHECK_ALL, "Uncheck a&ll", None, None,
                              "Uncheck every document, to check only the few the brief should use"),
    "relocate": ActionSpec(names.ACTION_RELOCATE_DOCUMENT, "&Locate missing document…", None, SP.SP_DirLinkIcon,
                           "Say where a document the project names has moved to; others missing from "
                           "the same folder are found there too"),
    "compose": ActionSpec(names.ACTION_COMPOSE, "&Compose brief", "Ctrl+Return", SP.SP_MediaPlay,
                          "Compose the brief from the checked documents and sections (Ctrl+Return)"),
    "cancel": ActionSpec(names.ACTION_CANCEL, "C&ancel", "Esc", SP.SP_BrowserStop,
                         "Stop the running work (Esc)"),
    "export": ActionSpec(names.ACTION_EXPORT, "&Export brief…", "Ctrl+E", SP.SP_DialogSaveButton,
                         "Export the brief as DOCX, PDF, Markdown or JSON (Ctrl+E)"),
    "new": ActionSpec(names.ACTION_NEW_PROJECT, "&New project", QKeySequence.StandardKey.New,
                      SP.SP_FileDialogNewFolder, "Start an empty project"),
    "open": ActionSpec(names.ACTION_OPEN_PROJECT, "&Open project…", QKeySequence.StandardKey.Open,
                       SP.SP_DialogOpenButton, "Open a saved .briefing project"),
    "print": ActionSpec(names.ACTION_PRINT, "&Print brief…", QKeySequence.StandardKey.Print, None,
                        "Print the brief as the Pages view shows it"),
    "save": ActionSpec(names.ACTION_SAVE_PROJECT, "&Save project", QKeySequence.StandardKey.Save,
                       SP.SP_DialogSaveButton, "Save documents, choices, template and the edited brief (Ctrl+S)"),
    "save_as": ActionSpec(names.ACTION_SAVE_PROJECT_AS, "Save project &as…", QKeySequence.StandardKey.SaveAs,
                          None, "Save the project under a new name"),
    "save_template": ActionSpec(names.ACTION_SAVE_TEMPLATE, "Save &template as…", None, SP.SP_DriveFDIcon,
                                "Save this setup as a template of yours; it appears in the chooser"),
    "export_template": ActionSpec(names.ACTION_EXPORT_TEMPLATE, "Save template to &file…", None, None,
                                  "Write this setup as a template YAML file anywhere, to share it"),
    "open_template": ActionSpec(names.ACTION_OPEN_TEMPLATE, "&Load template from file…", None, None,
                                "Use a template YAML file from anywhere (one shared with you)"),
    "toggle_setup": ActionSpec(names.ACTION_TOGGLE_SETUP, "&Setup pane", "Ctrl+Shift+T", None,
                               "Show or hide the template and cover pane, to give the brief more room"),
    "edit": ActionSpec(names.ACTION_EDIT_STATEMENT, "&Edit item…", "F2", None,
                       "Edit the selected item (a statement's text, a date, an actor, a speaker, an issue's "
                       "name); it stays cited and is marked as edited"),
    "delete": ActionSpec(names.ACTION_DELETE_STATEMENT, "&Delete item", "Ctrl+Backspace", SP.SP_DialogDiscardButton,
                         "Leave the selected item out of the brief"),
    "move_up": ActionSpec(names.ACTION_MOVE_UP, "Move &up", "Alt+Up", SP.SP_ArrowUp, "Move the selected item up"),
    "move_down": ActionSpec(names.ACTION_MOVE_DOWN, "Move do&wn", "Alt+Down", SP.SP_ArrowDown,
                            "Move the selected item down"),
    "shortcuts": ActionSpec(names.ACTION_SHORTCUTS, "&Keyboard shortcuts", None, None,
                            "Every shortcut of the window"),
    "guide": ActionSpec(names.ACTION_GUIDE, "Quick &guide", QKeySequence.StandardKey.HelpContents, None,
                        "From documents to a printed brief in five steps"),
    "about": ActionSpec(names.ACTION_ABOUT, "&About briefing", None, SP.SP_MessageBoxInformation,
                        "Version and licence"),
    "quit": ActionSpec(names.ACTION_QUIT, "&Quit", QKeySequence.StandardKey.Quit, None, "Close the window"),
}


def create_actions(parent: QWidget) -> dict[str, QAction]:
    actions: dict[str, QAction] = {}
    for key, spec in SPECS.items():
        action = QAction(spec.text, parent)
        action.setObjectName(spec.name)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
            shown = QKeySequence(spec.shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{spec.tip} ({shown})" if shown and shown not in spec.tip else spec.tip)
        else:
            action.setToolTip(spec.tip)
        action.setStatusTip(spec.tip)
        if spec.icon is not None:
            action.setIcon(parent.style().standardIcon(spec.icon))
        actions[key] = action
    return actions
