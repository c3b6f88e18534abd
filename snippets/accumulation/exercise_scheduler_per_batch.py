import warnings

import torch

torch.manual_seed(0)

model = torch.nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)
k = 4

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for i in range(8):
        (model(torch.randn(2, 3)).pow(2).mean() / k).backward()
        if (i + 1) % k == 0:
            print(f"update after mini-batch {i}: lr {optimizer.param_groups[0]['lr']}")
            optimizer.step()
            optimizer.zero_grad()
        scheduler.step()

for warning in caught:
    print(f"{warning.category.__name__}: {str(warning.message).split('. ')[0]}")
