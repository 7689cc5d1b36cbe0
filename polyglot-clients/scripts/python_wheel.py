"""Packages the generated Python client, with the hand-written helpers, as a wheel. No network.

    python3 scripts/python_wheel.py --generated target/generated-sources/python \
        --helpers src/main/python --staging target/python-package --dist target/python-dist

1. Assembles the package source in --staging: the generator's output (without its bookkeeping and
   without bytecode), then the helpers of --helpers laid over it. A helper may add files, never
   replace a generated one: the generated code is never edited, not even by the build.
2. Builds live_engine_client-<version>-py3-none-any.whl into --dist, offline:
   - with pip (`pip wheel --no-deps --no-build-isolation --no-index`) when this Python's setuptools
     can make wheels (setuptools >= 70.1, or an older one with the `wheel` package);
   - otherwise with the standard library (zipfile): the same layout a setuptools build gives
     (the package files, METADATA from pyproject.toml, WHEEL, top_level.txt, RECORD), reproducible
     (sorted entries, fixed timestamps).
   It prints which way it went. --backend pip|zipfile forces one.

Needs Python 3.11 or later (tomllib); nothing else for the zipfile way.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PACKAGE = "live_engine_client"
# what the generator writes for itself, and what Python writes beside sources
SKIPPED_NAMES = {".openapi-generator", ".openapi-generator-ignore", "__pycache__", ".pytest_cache"}
SKIPPED_SUFFIXES = (".pyc", ".pyo")
# zip timestamps: the earliest a zip can hold, so that the same sources give the same wheel
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


class BuildError(Exception):
    pass


def log(message: str) -> None:
    print(f"[python-wheel] {message}", flush=True)


def wanted(path: Path) -> bool:
    return not any(part in SKIPPED_NAMES for part in path.parts) and not path.name.endswith(SKIPPED_SUFFIXES)


def files_under(root: Path) -> list[Path]:
    return sorted(p.relative_to(root) for p in root.rglob("*") if p.is_file() and wanted(p.relative_to(root)))


def assemble(generated: Path, helpers: Path, staging: Path) -> None:
    if not (generated / PACKAGE / "__init__.py").is_file():
        raise BuildError(f"{generated} holds no generated package {PACKAGE}: was the client generated?")
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    generated_files = files_under(generated)
    for relative in generated_files:
        (staging / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(generated / relative, staging / relative)
    clashes = []
    helper_files = files_under(helpers)
    for relative in helper_files:
        target = staging / relative
        if target.exists():
            clashes.append(str(relative))
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(helpers / relative, target)
    if clashes:
        raise BuildError("hand-written files would replace generated ones: " + ", ".join(clashes))
    log(f"assembled {staging}: {len(generated_files)} generated files + {len(helper_files)} hand-written")


def pip_unusable_because() -> str | None:
    """Why `pip wheel --no-build-isolation` cannot build here, or None when it can."""
    try:
        import setuptools  # noqa: F401
    except ImportError:
        return "setuptools is not installed"
    try:
        from setuptools.command import bdist_wheel  # noqa: F401  (setuptools >= 70.1)
        return None
    except ImportError:
        pass
    try:
        import wheel.bdist_wheel  # noqa: F401  (the wheel package, for older setuptools)
        return None
    except ImportError:
        return f"setuptools {setuptools.__version__} has no bdist_wheel and the wheel package is not installed"


def offline_pip_environment() -> dict[str, str]:
    """No configuration file, no PIP_* variables: no index, no find-links, nothing from the network."""
    environment = {name: value for name, value in os.environ.items() if not name.startswith("PIP_")}
    environment.update(PIP_CONFIG_FILE=os.devnull, PIP_NO_INDEX="1", PIP_DISABLE_PIP_VERSION_CHECK="1",
                       PIP_NO_INPUT="1", PYTHONDONTWRITEBYTECODE="1")
    return environment


def build_with_pip(staging: Path, dist: Path) -> Path:
    with tempfile.TemporaryDirectory(prefix="live-engine-wheel-") as out:
        command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
                   "--wheel-dir", out, str(staging)]
        result = subprocess.run(command, env=offline_pip_environment(), capture_output=True, text=True)
        if result.returncode != 0:
            raise BuildError(f"pip wheel failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
        built = sorted(Path(out).glob(f"{PACKAGE}-*.whl"))
        if len(built) != 1:
            raise BuildError(f"pip wheel made {[p.name for p in Path(out).iterdir()]}, not one {PACKAGE} wheel")
        target = dist / built[0].name
        shutil.copyfile(built[0], target)
    # setuptools leaves build/ and *.egg-info in the source tree; they are not sources
    for leftover in [staging / "build", *staging.glob("*.egg-info")]:
        shutil.rmtree(leftover, ignore_errors=True)
    return target


def read_project(staging: Path) -> dict:
    try:
        import tomllib
    except ImportError as missing:  # Python < 3.11
        raise BuildError("building the wheel without setuptools needs Python 3.11 or later (tomllib)") from missing
    with open(staging / "pyproject.toml", "rb") as file:
        project = tomllib.load(file).get("project")
    if not project or "name" not in project or "version" not in project:
        raise BuildError(f"{staging / 'pyproject.toml'} has no [project] name and version")
    return project


def normalized(name: str) -> str:
    """The distribution name as wheel file names spell it (PEP 427, PEP 503)."""
    return "_".join(part for part in name.replace("-", "_").replace(".", "_").split("_") if part).lower()


def metadata(project: dict, readme: str | None) -> str:
    lines = ["Metadata-Version: 2.1", f"Name: {project['name']}", f"Version: {project['version']}"]
    if project.get("description"):
        lines.append(f"Summary: {project['description']}")
    if project.get("keywords"):
        lines.append(f"Keywords: {','.join(project['keywords'])}")
    for author in project.get("authors", []):
        if author.get("email"):
            named = f"{author['name']} <{author['email']}>" if author.get("name") else author["email"]
            lines.append(f"Author-email: {named}")
        elif author.get("name"):
            lines.append(f"Author: {author['name']}")
    license_text = project.get("license", {})
    if isinstance(license_text, dict) and license_text.get("text"):
        lines.append(f"License: {license_text['text']}")
    for label, url in project.get("urls", {}).items():
        lines.append(f"Project-URL: {label}, {url}")
    if project.get("requires-python"):
        lines.append(f"Requires-Python: {project['requires-python']}")
    for requirement in project.get("dependencies", []):
        lines.append(f"Requires-Dist: {requirement}")
    text = "\n".join(lines) + "\n"
    if readme is not None:
        text += "Description-Content-Type: text/markdown\n\n" + readme
    return text


def record_hash(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode("ascii")


def build_with_zipfile(staging: Path, dist: Path) -> Path:
    project = read_project(staging)
    name, version = normalized(project["name"]), project["version"]
    dist_info = f"{name}-{version}.dist-info"
    readme_file = staging / project["readme"] if isinstance(project.get("readme"), str) else None
    readme = readme_file.read_text(encoding="utf-8") if readme_file and readme_file.is_file() else None

    entries: list[tuple[str, bytes]] = []
    for relative in files_under(staging / PACKAGE):
        entries.append(((Path(PACKAGE) / relative).as_posix(), (staging / PACKAGE / relative).read_bytes()))
    if not any(path.endswith("/__init__.py") for path, _ in entries):
        raise BuildError(f"no {PACKAGE}/__init__.py under {staging}")
    entries.append((f"{dist_info}/METADATA", metadata(project, readme).encode("utf-8")))
    entries.append((f"{dist_info}/WHEEL", (
        "Wheel-Version: 1.0\n"
        "Generator: live-engine polyglot-clients python_wheel.py (zipfile)\n"
        "Root-Is-Purelib: true\n"
        "Tag: py3-none-any\n").encode("ascii")))
    entries.append((f"{dist_info}/top_level.txt", f"{PACKAGE}\n".encode("ascii")))
    record = "".join(f"{path},{record_hash(data)},{len(data)}\n" for path, data in entries)
    record += f"{dist_info}/RECORD,,\n"
    entries.append((f"{dist_info}/RECORD", record.encode("utf-8")))

    target = dist / f"{name}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as wheel:
        for path, data in entries:
            info = zipfile.ZipInfo(path, date_time=ZIP_EPOCH)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            wheel.writestr(info, data)
    return target


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--generated", type=Path, required=True, help="the python generator's output")
    parser.add_argument("--helpers", type=Path, required=True, help="hand-written files to add, same layout")
    parser.add_argument("--staging", type=Path, required=True, help="where the package source is assembled")
    parser.add_argument("--dist", type=Path, required=True, help="where the wheel goes")
    parser.add_argument("--backend", choices=("auto", "pip", "zipfile"), default="auto")
    options = parser.parse_args(argv)
    try:
        assemble(options.generated, options.helpers, options.staging)
        if options.dist.exists():
            shutil.rmtree(options.dist)
        options.dist.mkdir(parents=True)
        backend = options.backend
        if backend == "auto":
            why_not = pip_unusable_because()
            backend = "zipfile" if why_not else "pip"
            if why_not:
                log(f"pip cannot build wheels here ({why_not}): building with the standard library instead")
        wheel = build_with_pip(options.staging, options.dist) if backend == "pip" else \
            build_with_zipfile(options.staging, options.dist)
        log(f"built {wheel} with {backend} ({wheel.stat().st_size} bytes)")
        return 0
    except BuildError as error:
        log(f"FAILED: {error}")
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
