import os
import pickle

import torch
from torch import nn

torch.manual_seed(0)


def build():
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))


model = build()
torch.save(model, "model.pt")
torch.save(model.state_dict(), "weights.pt")

try:
    loaded = torch.load("model.pt")
    print("model.pt:", type(loaded).__name__)
except pickle.UnpicklingError as e:
    print(f"model.pt: {type(e).__name__}: {str(e).split('.')[0]}")

new_model = build()
print("weights.pt:", new_model.load_state_dict(torch.load("weights.pt")))
os.remove("model.pt")
os.remove("weights.pt")
