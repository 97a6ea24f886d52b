from graph.cli import cli

cli()
