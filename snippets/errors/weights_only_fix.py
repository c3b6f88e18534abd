import io

import torch
from torch import nn

torch.manual_seed(0)


def build():
    return nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))


model = build()
buffer = io.BytesIO()
torch.save(model.state_dict(), buffer)  # (1)!
buffer.seek(0)
state = torch.load(buffer, weights_only=True)
restored = build()  # (2)!
print(restored.load_state_dict(state))
