import os
import pickle
import re
import tempfile

import torch
from torch import nn

torch.manual_seed(0)


def load_error(path, **kwargs):
    try:
        torch.load(path, **kwargs)
    except pickle.UnpicklingError as error:
        return error


def summary(error):
    text = re.sub(r"\x1b\[[0-9;]*m", "", str(error))  # (1)!
    lines = [line.strip() for line in text.splitlines()]
    yield f"{type(error).__name__}: {lines[0]}"
    for line in lines[1:]:
        if "PyTorch 2.6" in line or "Unsupported global" in line:
            yield line.split(". ")[0].split(" was not ")[0]


class Payload:
    def __reduce__(self):  # (2)!
        return print, ("  this line was printed by torch.load",)


model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))

with tempfile.TemporaryDirectory() as folder:
    model_path = os.path.join(folder, "model.pt")
    torch.save(model, model_path)  # (3)!
    error = load_error(model_path)
    print("torch.load(path):")
    for line in summary(error):
        print("  " + line)
    same = str(load_error(model_path, weights_only=True)) == str(error)
    print("torch.load(path, weights_only=True) raises the same error:", same)
    loaded = torch.load(model_path, weights_only=False)  # (4)!
    print("torch.load(path, weights_only=False):", type(loaded).__name__)

    payload_path = os.path.join(folder, "payload.pt")
    torch.save(Payload(), payload_path)
    print("untrusted file, weights_only=False:")
    result = torch.load(payload_path, weights_only=False)  # (5)!
    print("  torch.load returned", result)
    print("untrusted file, weights_only=True:")
    print("  " + list(summary(load_error(payload_path, weights_only=True)))[-1])
